package studio.serverless.runner.s3.engine;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Matches changes against their bucket's notification rules and tells the listeners. */
final class EventNotifier {

    private static final Logger LOG = Logger.getLogger(EventNotifier.class.getName());

    private final List<S3EventListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong(System.nanoTime());
    private final Clock clock;

    EventNotifier(Clock clock) {
        this.clock = clock;
    }

    void addListener(S3EventListener listener) {
        listeners.add(listener);
    }

    /** An object was created or overwritten by {@code eventName} (e.g. {@code ObjectCreated:Put}). */
    void created(Bucket bucket, String eventName, StoredObject object, RequestContext context) {
        notify(bucket, eventName, object.key(), object.size(), object.etag(), context);
    }

    /** An object was deleted. */
    void removed(Bucket bucket, String key, RequestContext context) {
        notify(bucket, "ObjectRemoved:Delete", key, -1, null, context);
    }

    private void notify(Bucket bucket, String eventName, String key, long size, String etag, RequestContext context) {
        List<NotificationRule> rules = bucket.notifications().rules().stream()
                .filter(rule -> rule.matches(eventName, key)).toList();
        if (rules.isEmpty() || listeners.isEmpty()) {
            return;
        }
        S3EventRecord record = new S3EventRecord(eventName, clock.instant(), bucket.region(), bucket.name(), key,
                size, etag, String.format("%016X", sequence.incrementAndGet()), context.principalId(),
                context.sourceIp(), context.requestId(), "");
        for (NotificationRule rule : rules) {
            for (S3EventListener listener : listeners) {
                try {
                    listener.onEvent(rule, record.forRule(rule.id()));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "an S3 event listener failed", e);
                }
            }
        }
    }
}
