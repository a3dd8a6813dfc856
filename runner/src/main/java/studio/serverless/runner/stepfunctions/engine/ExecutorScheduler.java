package studio.serverless.runner.stepfunctions.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The scheduler of a running local cloud: a small pool of daemon threads and the system clock. Waiting executions
 * are entries in the pool's timer queue, not threads.
 */
public final class ExecutorScheduler implements Scheduler, AutoCloseable {

    private static final int CLOSE_WAIT_SECONDS = 5;

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
        pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.executor = pool;
        this.clock = clock;
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    /** Runs {@code step} soon; once the scheduler is closed, steps are dropped. */
    @Override
    public void execute(Runnable step) {
        try {
            executor.execute(step);
        } catch (RejectedExecutionException closed) {
            // closing: the execution stops here, as every other one does
        }
    }

    /** Runs {@code step} at {@code time}; once the scheduler is closed, steps are dropped. */
    @Override
    public Cancellable schedule(Instant time, Runnable step) {
        long delay = Math.max(0, Duration.between(now(), time).toMillis());
        try {
            ScheduledFuture<?> future = executor.schedule(step, delay, TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        } catch (RejectedExecutionException closed) {
            return () -> { };
        }
    }

    /**
     * Stops taking steps and waits for the running ones to end (a step interrupted while it writes history would
     * break the data folder's database); waiting timers are dropped.
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
