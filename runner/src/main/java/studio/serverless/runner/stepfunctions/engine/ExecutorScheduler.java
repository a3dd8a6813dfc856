package studio.serverless.runner.stepfunctions.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The scheduler of a running local cloud: a small pool of daemon threads and the cloud's clock. Waiting executions
 * are entries in a timer set ordered by their time on that clock, not threads. A timer runs when the clock reaches
 * its time: a wake-up after the delay the clock shows when it is set (on time for a clock that runs at real speed),
 * and a check every {@link #CLOCK_CHECK} (for a clock moved ahead by hand, such as {@code studio run}'s
 * {@code advance 1h}, or a test clock).
 */
public final class ExecutorScheduler implements Scheduler, AutoCloseable {

    /** How often timers are compared with the clock, so a clock moved ahead wakes them within this time. */
    public static final Duration CLOCK_CHECK = Duration.ofMillis(100);

    private static final int CLOSE_WAIT_SECONDS = 5;

    private final ScheduledExecutorService executor;
    private final Clock clock;
    private final ConcurrentSkipListSet<Timer> timers = new ConcurrentSkipListSet<>();
    private final AtomicLong sequence = new AtomicLong();

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
        executor.scheduleWithFixedDelay(this::runDueTimers, CLOCK_CHECK.toMillis(), CLOCK_CHECK.toMillis(),
                TimeUnit.MILLISECONDS);
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

    @Override
    public Cancellable schedule(Instant time, Runnable step) {
        Timer timer = new Timer(time, sequence.incrementAndGet(), step);
        timers.add(timer);
        long delay = Math.max(0, Duration.between(now(), time).toMillis());
        try {
            ScheduledFuture<?> wakeUp = executor.schedule(this::runDueTimers, delay, TimeUnit.MILLISECONDS);
            return () -> {
                timers.remove(timer);
                wakeUp.cancel(false);
            };
        } catch (RejectedExecutionException closed) {
            timers.remove(timer);
            return () -> { };
        }
    }

    /** When the earliest waiting timer (a Wait state's end, a retry's back-off) is due, if any is waiting. */
    public Optional<Instant> nextTimer() {
        Iterator<Timer> earliest = timers.iterator();
        return earliest.hasNext() ? Optional.of(earliest.next().time()) : Optional.empty();
    }

    /** Hands every timer whose time has come on the clock to the pool, each once, earliest first. */
    private void runDueTimers() {
        Instant now = now();
        for (Timer timer : timers) {
            if (timer.time().isAfter(now)) {
                return;
            }
            if (timers.remove(timer)) {
                execute(timer.step());
            }
        }
    }

    /**
     * Stops taking steps and waits for the running ones to end (a step interrupted while it writes history would
     * break the data folder's database); waiting timers are dropped.
     */
    @Override
    public void close() {
        timers.clear();
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

    /** A step due at a time; the sequence keeps timers of the same time apart and in the order they were set. */
    private record Timer(Instant time, long sequence, Runnable step) implements Comparable<Timer> {

        @Override
        public int compareTo(Timer other) {
            int byTime = time.compareTo(other.time);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }
}
