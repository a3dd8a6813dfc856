package studio.serverless.runner.stepfunctions.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The scheduler of a running local cloud: a small pool of daemon threads and the system clock. Waiting executions
 * are entries in the pool's timer queue, not threads.
 */
public final class ExecutorScheduler implements Scheduler, AutoCloseable {

    private final ScheduledExecutorService executor;
    private final Clock clock;

    /** A scheduler with {@code threads} threads on {@code clock}. */
    public ExecutorScheduler(int threads, Clock clock) {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(threads, runnable -> {
            Thread thread = new Thread(runnable, "step-functions");
            thread.setDaemon(true);
            return thread;
        });
        pool.setRemoveOnCancelPolicy(true);
        this.executor = pool;
        this.clock = clock;
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public void execute(Runnable step) {
        executor.execute(step);
    }

    @Override
    public Cancellable schedule(Instant time, Runnable step) {
        long delay = Math.max(0, Duration.between(now(), time).toMillis());
        ScheduledFuture<?> future = executor.schedule(step, delay, TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
