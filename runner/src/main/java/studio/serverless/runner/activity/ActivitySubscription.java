package studio.serverless.runner.activity;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One listener's subscription to an {@link ActivityFeed}; closing it stops the deliveries (idempotent, never
 * throws). A listener that throws is logged once and then only counted, so a broken view cannot flood the log.
 */
public final class ActivitySubscription implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ActivitySubscription.class.getName());

    private final Consumer<Activity> listener;
    private final Consumer<ActivitySubscription> onClose;
    private volatile boolean warned;

    ActivitySubscription(Consumer<Activity> listener, Consumer<ActivitySubscription> onClose) {
        this.listener = Objects.requireNonNull(listener);
        this.onClose = onClose;
    }

    void deliver(Activity activity) {
        try {
            listener.accept(activity);
        } catch (RuntimeException e) {
            if (!warned) {
                warned = true;
                LOG.log(Level.WARNING, "an activity listener failed; it keeps being called, failures unlogged", e);
            }
        }
    }

    /** Stops the deliveries to this listener. */
    @Override
    public void close() {
        onClose.accept(this);
    }
}
