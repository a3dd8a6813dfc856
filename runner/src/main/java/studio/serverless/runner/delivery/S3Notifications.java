package studio.serverless.runner.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.logging.Logger;
import studio.serverless.runner.s3.engine.NotificationRule;
import studio.serverless.runner.s3.engine.S3EventListener;
import studio.serverless.runner.s3.engine.S3EventRecord;
import studio.serverless.runner.sns.engine.SnsEngine;
import studio.serverless.runner.sns.engine.SnsMessage;
import studio.serverless.runner.sqs.engine.NewMessage;
import studio.serverless.runner.sqs.engine.SqsEngine;

/**
 * Delivers a bucket's event notifications as S3 does, each as a {@code {"Records": [...]}} document: to a Lambda
 * function as an asynchronous invocation, to an SQS queue as the body of a message, to an SNS topic as a message
 * with the subject {@code Amazon S3 Notification}. A destination that does not exist (any more) drops the
 * notification with a warning, as S3 does when it cannot deliver.
 */
public final class S3Notifications implements S3EventListener {

    /** The subject S3 gives the messages it publishes to SNS topics. */
    static final String TOPIC_SUBJECT = "Amazon S3 Notification";

    private static final Logger LOG = Logger.getLogger(S3Notifications.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SqsEngine sqs;
    private final SnsEngine sns;
    private final Integrations integrations;

    /** Deliveries to these engines' queues and topics, and to whichever function invoker {@code integrations} holds. */
    public S3Notifications(SqsEngine sqs, SnsEngine sns, Integrations integrations) {
        this.sqs = sqs;
        this.sns = sns;
        this.integrations = integrations;
    }

    @Override
    public void onEvent(NotificationRule rule, S3EventRecord record) {
        String document = document(record);
        try {
            switch (rule.destination()) {
                case LAMBDA -> integrations.functions().invokeAsync(rule.arn(), document);
                case QUEUE -> sqs.send(resourceName(rule.arn()), NewMessage.of(document));
                case TOPIC -> sns.publish(rule.arn(),
                        new SnsMessage(document, TOPIC_SUBJECT, Map.of(), null, null, null));
            }
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

    /** The last part of an ARN such as {@code arn:aws:sqs:us-east-1:000000000000:uploads}. */
    private static String resourceName(String arn) {
        return arn.substring(arn.lastIndexOf(':') + 1);
    }
}
