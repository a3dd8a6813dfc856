package studio.serverless.runner.s3.engine;

import java.util.List;
import java.util.Set;

/**
 * One queue, topic or Lambda function configuration of a bucket's notifications.
 *
 * @param id          the configuration id (the event's {@code configurationId})
 * @param destination where matching events go
 * @param arn         the queue, topic or function ARN
 * @param events      event types, e.g. {@code s3:ObjectCreated:*} or {@code s3:ObjectRemoved:Delete}
 * @param prefix      the key prefix filter, or empty
 * @param suffix      the key suffix filter, or empty
 */
public record NotificationRule(String id, Destination destination, String arn, List<String> events, String prefix,
        String suffix) {

    /** The event types S3 accepts in a configuration that this emulator emits or accepts silently. */
    public static final Set<String> KNOWN_EVENTS = Set.of("s3:ObjectCreated:*", "s3:ObjectCreated:Put",
            "s3:ObjectCreated:Post", "s3:ObjectCreated:Copy", "s3:ObjectCreated:CompleteMultipartUpload",
            "s3:ObjectRemoved:*", "s3:ObjectRemoved:Delete", "s3:ObjectRemoved:DeleteMarkerCreated",
            "s3:ObjectRestore:*", "s3:ObjectRestore:Post", "s3:ObjectRestore:Completed",
            "s3:ReducedRedundancyLostObject",
            "s3:Replication:*", "s3:LifecycleExpiration:*", "s3:LifecycleTransition", "s3:IntelligentTiering",
            "s3:ObjectTagging:*", "s3:ObjectAcl:Put", "s3:TestEvent");

    /** Where notifications go. */
    public enum Destination {
        QUEUE, TOPIC, LAMBDA
    }

    /** Copies the events. */
    public NotificationRule {
        events = List.copyOf(events);
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    /** Whether an event named {@code eventName} (without {@code s3:}) about {@code key} goes to this rule. */
    public boolean matches(String eventName, String key) {
        if (!key.startsWith(prefix) || !key.endsWith(suffix)) {
            return false;
        }
        String full = "s3:" + eventName;
        String wildcard = full.substring(0, full.lastIndexOf(':') + 1) + "*";
        return events.contains(full) || events.contains(wildcard);
    }
}
