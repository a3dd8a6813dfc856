package studio.serverless.runner.lambda.engine;

/** A log listener's registration; closing it stops the lines (idempotent, never throws). */
public final class LogSubscription implements AutoCloseable {

    private final Runnable remove;

    LogSubscription(Runnable remove) {
        this.remove = remove;
    }

    /** Stops sending lines to the listener. */
    @Override
    public void close() {
        remove.run();
    }
}
