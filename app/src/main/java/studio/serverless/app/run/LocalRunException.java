package studio.serverless.app.run;

/**
 * A {@link LocalRun} could not start; everything it had started is stopped again. Says in which step it failed
 * and why, e.g. "cannot listen on 127.0.0.1:4577 (Address already in use)" while starting the local cloud.
 */
public final class LocalRunException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient RunStep step;

    /** The start failed in {@code step} for the {@code cause}, whose message says why. */
    public LocalRunException(RunStep step, Exception cause) {
        super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
        this.step = step;
    }

    /** The step that failed. */
    public RunStep step() {
        return step;
    }

    /** The reason with the step: "Starting the local cloud failed: cannot listen on ...". */
    public String describe() {
        return step.label() + " failed: " + getMessage();
    }
}
