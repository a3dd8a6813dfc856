package studio.serverless.app.cli;

import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Waits until the process is asked to end (Ctrl+C, SIGTERM). The shutdown hook releases the wait, then holds the
 * JVM open (a few seconds at most) until the local cloud has stopped, so state is closed cleanly.
 */
final class ShutdownStopSignal implements StopSignal {

    private static final long CLEANUP_SECONDS = 10;

    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch cleanedUp = new CountDownLatch(1);

    @Override
    public void awaitStop(URI endpoint) throws InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAndWait, "studio-run-shutdown"));
        stopRequested.await();
    }

    @Override
    public void stopped() {
        cleanedUp.countDown();
    }

    private void stopAndWait() {
        stopRequested.countDown();
        try {
            cleanedUp.await(CLEANUP_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
