package studio.serverless.runner.activity;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Where the local cloud's engines publish {@link Activity} and anyone may listen. Listeners are called on the
 * emitting thread (a request's, a poller's, a function's), in the order they subscribed, and must return fast:
 * a listener that throws is logged and skipped, never breaking the engine that published. With no listener,
 * {@link #listening()} is false and publishing costs one volatile read, so engines check it before building an
 * activity. Thread-safe.
 */
public final class ActivityFeed {

    private final Clock clock;
    private final List<ActivitySubscription> subscriptions = new CopyOnWriteArrayList<>();

    /** A feed stamping activities with {@code clock}'s time (the local cloud's clock). */
    public ActivityFeed(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    /** A feed nobody listens to yet, on the system clock: the default of engines made on their own (tests). */
    public static ActivityFeed quiet() {
        return new ActivityFeed(Clock.systemUTC());
    }

    /**
     * Calls {@code listener} with every activity published from now on until the returned handle is closed.
     * Several listeners may listen at once.
     */
    public ActivitySubscription subscribe(Consumer<Activity> listener) {
        ActivitySubscription subscription = new ActivitySubscription(Objects.requireNonNull(listener),
                subscriptions::remove);
        subscriptions.add(subscription);
        return subscription;
    }

    /** Whether anyone listens: engines skip building activities when nobody does. */
    public boolean listening() {
        return !subscriptions.isEmpty();
    }

    /** Hands {@code activity} to every listener; a listener that throws is logged and the others still get it. */
    public void publish(Activity activity) {
        for (ActivitySubscription subscription : subscriptions) {
            subscription.deliver(activity);
        }
    }

    /**
     * Publishes an activity happening now, when anyone listens.
     *
     * @param to    the resource acted on, or null
     * @param error what went wrong, or null
     */
    public void publish(ActivityKind kind, ResourceRef from, ResourceRef to, String summary, String error) {
        if (listening()) {
            publish(new Activity(clock.instant(), kind, from, Optional.ofNullable(to), summary,
                    Optional.ofNullable(error)));
        }
    }
}
