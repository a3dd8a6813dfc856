package studio.serverless.runner.lambda.engine;

/** A Lambda error for the caller: the engine throws it, the wire adapter writes it in AWS's shape. */
public final class LambdaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient LambdaError error;

    /** An error with AWS's message. */
    public LambdaException(LambdaError error, String message) {
        super(message);
        this.error = error;
    }

    /** Which error. */
    public LambdaError error() {
        return error;
    }
}
