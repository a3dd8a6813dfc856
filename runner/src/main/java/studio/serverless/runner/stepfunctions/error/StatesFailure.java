package studio.serverless.runner.stepfunctions.error;

/**
 * An error in the States Language sense: an error name (e.g. {@code States.ParameterPathFailure}) and a
 * human-readable cause. Thrown by path processing and intrinsic functions, and carried by failed tasks.
 */
public final class StatesFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String error;
    private final String cause;

    /** A failure named {@code error} because of {@code cause}. */
    public StatesFailure(String error, String cause) {
        super(error + ": " + cause, null, false, false);
        this.error = error;
        this.cause = cause;
    }

    /** The error name, e.g. {@code States.Timeout}. */
    public String error() {
        return error;
    }

    /** The human-readable cause. */
    public String cause() {
        return cause;
    }
}
