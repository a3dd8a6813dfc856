package studio.serverless.runner.stepfunctions.engine;

import java.time.Instant;

/** Where executions run their steps: now, or at a time on this scheduler's clock. */
public interface Scheduler {

    /** The current time on this scheduler's clock. */
    Instant now();

    /** Runs {@code step} soon, on whatever thread this scheduler uses. */
    void execute(Runnable step);

    /** Runs {@code step} at {@code time} (at once when it has passed); the handle cancels it. */
    Cancellable schedule(Instant time, Runnable step);

    /** A scheduled step that may be called off. */
    @FunctionalInterface
    interface Cancellable {
        /** Calls the step off if it has not run yet. */
        void cancel();
    }
}
