package studio.serverless.runner.delivery;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import studio.serverless.runner.activity.ActivityFeed;
import studio.serverless.runner.endpoint.CallerIdentity;
import studio.serverless.runner.sns.engine.SnsEngine;
import studio.serverless.runner.sns.engine.SnsMessage;
import studio.serverless.runner.sqs.engine.NewMessage;
import studio.serverless.runner.sqs.engine.SqsEngine;

/**
 * Destinations in the local cloud's own services: an SQS queue gets the record as a message, an SNS topic as a
 * published message, a function as an asynchronous invocation; a function's dead-letter queue or topic gets the
 * failed event itself. A missing destination is logged, as AWS drops the record when it cannot deliver it.
 */
public final class ServiceDestinations implements DestinationSender {

    private static final Logger LOG = Logger.getLogger(ServiceDestinations.class.getName());

    private final SqsEngine sqs;
    private final SnsEngine sns;
    private final Integrations integrations;

    /** Destinations in these engines; functions through {@code integrations}. */
    public ServiceDestinations(SqsEngine sqs, SnsEngine sns, Integrations integrations) {
        this.sqs = sqs;
        this.sns = sns;
        this.integrations = integrations;
    }

    /** The feed deliveries are published to. */
    ActivityFeed activity() {
        return integrations.activity();
    }

    @Override
    public void send(String destinationArn, String recordJson) {
        try {
            String[] parts = destinationArn.split(":", 6);
            switch (parts.length == 6 ? parts[2] : "") {
                case "sqs" -> sqs.send(parts[5], NewMessage.of(recordJson));
                case "sns" -> sns.publish(destinationArn, SnsMessage.of(recordJson));
                case "lambda" -> integrations.functions().invokeAsync(destinationArn, recordJson);
                default -> LOG.warning("unsupported destination " + destinationArn + ": record dropped");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "destination " + destinationArn + " refused a record", e);
        }
    }

    /** Sends the event to the queue or topic with Lambda's RequestID, ErrorCode and ErrorMessage attributes. */
    @Override
    public void sendDeadLetter(String targetArn, DeadLetter letter) {
        try {
            String[] parts = targetArn.split(":", 6);
            switch (parts.length == 6 ? parts[2] : "") {
                case "sqs" -> sqs.send(parts[5], new NewMessage(letter.event(), letter.attributes(), Map.of(), null,
                        null, null, CallerIdentity.ACCOUNT_ID));
                case "sns" -> sns.publish(targetArn, new SnsMessage(letter.event(), null, letter.attributes(), null,
                        null, null));
                default -> LOG.warning("a dead-letter target must be a queue or topic, not " + targetArn
                        + ": event " + letter.requestId() + " dropped");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "dead-letter target " + targetArn + " refused event " + letter.requestId(), e);
        }
    }
}
