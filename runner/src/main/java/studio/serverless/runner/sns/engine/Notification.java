package studio.serverless.runner.sns.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import studio.serverless.runner.sqs.engine.MessageAttributeValue;

/**
 * A message accepted by a topic, as it is handed to each subscription.
 *
 * @param topicArn        the topic's ARN
 * @param messageId       the message's id
 * @param sequenceNumber  the FIFO sequence number, or null
 * @param timestamp       when it was published
 * @param subject         the subject, or null
 * @param message         the message as published
 * @param perProtocol     with structure {@code json}: the texts per protocol, else null
 * @param attributes      the message attributes
 * @param groupId         the FIFO group id, or null
 * @param deduplicationId the FIFO deduplication id (given or derived), or null
 */
record Notification(String topicArn, String messageId, String sequenceNumber, Instant timestamp, String subject,
        String message, JsonNode perProtocol, Map<String, MessageAttributeValue> attributes, String groupId,
        String deduplicationId) {

    /** The text a subscription of {@code protocol} receives: its own entry of a structured message, or default. */
    String textFor(String protocol) {
        if (perProtocol == null) {
            return message;
        }
        JsonNode own = perProtocol.get(protocol);
        return own != null && own.isTextual() ? own.asText() : perProtocol.get("default").asText();
    }
}
