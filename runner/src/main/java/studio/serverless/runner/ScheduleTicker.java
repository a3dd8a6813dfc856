package studio.serverless.runner;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import studio.serverless.runner.events.engine.EventsEngine;

/**
 * Fires EventBridge schedules that are due, once a second, on one daemon thread. The engine decides what is due
 * from its own clock, so with a hand-moved clock this thread finds nothing new until the clock moves.
 */
final class ScheduleTicker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ScheduleTicker.class.getName());

    private final ScheduledExecutorService executor;

    private ScheduleTicker(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    static ScheduleTicker start(EventsEngine events) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "local-cloud-schedules");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                events.fireDueSchedules();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "firing schedules failed", e);
            }
        }, 1, 1, TimeUnit.SECONDS);
        return new ScheduleTicker(executor);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
