package studio.serverless.runner.activity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Collects a feed's activity and lets a test wait (without sleeping) until some has arrived. */
final class ActivityRecorder implements AutoCloseable {

    private final List<Activity> seen = new ArrayList<>();
    private final ActivitySubscription subscription;

    ActivityRecorder(ActivityFeed feed) {
        subscription = feed.subscribe(this::record);
    }

    private synchronized void record(Activity activity) {
        seen.add(activity);
        notifyAll();
    }

    /** Waits up to 30 seconds for an activity matching {@code wanted} and returns everything seen so far. */
    synchronized List<Activity> awaitMatching(Predicate<Activity> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (seen.stream().noneMatch(wanted)) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new AssertionError("no matching activity among " + seen);
            }
            wait(Math.max(1, remaining / 1_000_000));
        }
        return new ArrayList<>(seen);
    }

    synchronized List<Activity> seen() {
        return new ArrayList<>(seen);
    }

    @Override
    public void close() {
        subscription.close();
    }
}
