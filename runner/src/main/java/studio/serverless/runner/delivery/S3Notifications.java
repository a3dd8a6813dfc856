package studio.serverless.runner.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.logging.Logger;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.runner.activity.ActivityFeed;
import studio.serverless.runner.activity.ActivityKind;
import studio.serverless.runner.activity.ResourceRef;
import studio.serverless.runner.s3.engine.NotificationRule;
import studio.serverless.runner.s3.engine.S3EventListener;
import studio.serverless.runner.s3.engine.S3EventRecord;
import studio.serverless.runner.sns.engine.SnsEngine;
import studio.serverless.runner.sns.engine.SnsMessage;

/**
 * Delivers a bucket's event notifications as S3 does, each as a {@code {"Records": [...]}} document: to a Lambda
 * function as an asynchronous invocation and to an SQS queue as the body of a message (both through
 * {@link ServiceDestinations}), to an SNS topic as a message with the subject {@code Amazon S3 Notification}. A
 * destination that does not exist (any more) drops the notification with a warning, as S3 does when it cannot
 * deliver.
 */
public final class S3Notifications implements S3EventListener {

    /** The subject S3 gives the messages it publishes to SNS topics. */
    private static final String TOPIC_SUBJECT = "Amazon S3 Notification";

    private static final Logger LOG = Logger.getLogger(S3Notifications.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServiceDestinations destinations;
    private final SnsEngine sns;

    /** Deliveries through {@code destinations}, and to {@code sns}'s topics with S3's subject. */
    public S3Notifications(ServiceDestinations destinations, SnsEngine sns) {
        this.destinations = destinations;
        this.sns = sns;
    }

    @Override
    public void onEvent(NotificationRule rule, S3EventRecord record) {
        ActivityFeed feed = destinations.activity();
        if (feed.listening()) {
            feed.publish(ActivityKind.DELIVERY, new ResourceRef(ServiceKind.S3_BUCKET, record.bucket()),
                    ResourceRef.fromArn(rule.arn()).orElse(null), record.eventName() + " " + record.key(), null);
        }
        String document = document(record);
        if (rule.destination() != NotificationRule.Destination.TOPIC) {
            destinations.send(rule.arn(), document);
            return;
        }
        try {
            sns.publish(rule.arn(), new SnsMessage(document, TOPIC_SUBJECT, Map.of(), null, null, null));
        } catch (RuntimeException e) {
            LOG.warning(() -> "S3 notification " + rule.id() + " to " + rule.arn() + " was not delivered: "
                    + e.getMessage());
        }
    }

    private static String document(S3EventRecord record) {
        try {
            return JSON.writeValueAsString(record.toEvent());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an S3 event always serializes", e);
        }
    }
}
