package studio.serverless.app.cli;

import java.net.URI;

/** How {@code studio run} waits while the local cloud serves: until Ctrl+C, or until a test has done its checks. */
public interface StopSignal {

    /**
     * Blocks while the local cloud at {@code endpoint} should keep running.
     *
     * @throws InterruptedException when the waiting thread is interrupted (the cloud then stops too)
     */
    void awaitStop(URI endpoint) throws InterruptedException;

    /** Called once the local cloud has stopped, so a process that is ending can finish. */
    default void stopped() {
    }
}
