package studio.serverless.runner.sns.engine;

import java.util.Map;
import studio.serverless.runner.sqs.engine.MessageAttributeValue;

/**
 * A message as a client publishes it.
 *
 * @param message          the message text, or with structure {@code json} a JSON object of texts per protocol
 * @param subject          the subject, or null
 * @param attributes       the message attributes by name
 * @param messageStructure {@code json} or null
 * @param groupId          the message group id (required on FIFO topics), or null
 * @param deduplicationId  the deduplication id (FIFO), or null
 */
public record SnsMessage(String message, String subject, Map<String, MessageAttributeValue> attributes,
        String messageStructure, String groupId, String deduplicationId) {

    /** Copies the attributes. */
    public SnsMessage {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** A plain message. */
    public static SnsMessage of(String message) {
        return new SnsMessage(message, null, Map.of(), null, null, null);
    }
}
