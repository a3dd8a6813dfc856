package studio.serverless.runner.stepfunctions.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.PriorityQueue;

/**
 * A scheduler whose clock moves only when told: steps run on the calling thread in {@link #runUntilIdle()}, and
 * timers fire as {@link #advance(Duration)} passes them, so a day-long workflow is tested in milliseconds.
 */
public final class ManualScheduler implements Scheduler {

    private record Timer(Instant time, long order, Runnable step, boolean[] cancelled) {
    }

    private final Deque<Runnable> ready = new ArrayDeque<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>((a, b) -> a.time().equals(b.time())
            ? Long.compare(a.order(), b.order()) : a.time().compareTo(b.time()));
    private Instant now;
    private long order;

    /** A scheduler whose clock starts at {@code start}. */
    public ManualScheduler(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized void execute(Runnable step) {
        ready.add(step);
    }

    @Override
    public synchronized Cancellable schedule(Instant time, Runnable step) {
        boolean[] cancelled = {false};
        timers.add(new Timer(time, order++, step, cancelled));
        return () -> cancelled[0] = true;
    }

    /** Runs every ready step, and the steps they make ready, without moving the clock. */
    public void runUntilIdle() {
        for (Runnable step = nextReady(); step != null; step = nextReady()) {
            step.run();
        }
    }

    /** Moves the clock {@code duration} ahead, firing each timer passed at its own time. */
    public void advance(Duration duration) {
        Instant until = now().plus(duration);
        runUntilIdle();
        for (Timer timer = nextTimer(until); timer != null; timer = nextTimer(until)) {
            timer.step().run();
            runUntilIdle();
        }
        synchronized (this) {
            now = until;
        }
    }

    /** Runs until nothing is ready and no timer is pending, moving the clock to each timer in turn. */
    public void runUntilQuiet() {
        runUntilIdle();
        for (Timer timer = nextTimer(null); timer != null; timer = nextTimer(null)) {
            timer.step().run();
            runUntilIdle();
        }
    }

    private synchronized Runnable nextReady() {
        return ready.poll();
    }

    private synchronized Timer nextTimer(Instant until) {
        while (!timers.isEmpty()) {
            Timer timer = timers.peek();
            if (until != null && timer.time().isAfter(until)) {
                return null;
            }
            timers.poll();
            if (!timer.cancelled()[0]) {
                now = timer.time().isAfter(now) ? timer.time() : now;
                return timer;
            }
        }
        return null;
    }
}
