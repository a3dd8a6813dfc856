package studio.serverless.runner.sns.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import studio.serverless.runner.sqs.engine.MessageAttributeValue;

/** The checks AWS makes on a message before it publishes it, with AWS's messages. */
final class MessageChecks {

    /** AWS's limit on a message with its attributes: 256 KiB. */
    static final int MAX_MESSAGE_BYTES = 262_144;
    private static final ObjectMapper JSON = new ObjectMapper();

    private MessageChecks() {
    }

    static void check(SnsMessage message, Topic topic) {
        if (message.message() == null || message.message().isEmpty()) {
            throw SnsException.invalidParameter("Empty message");
        }
        if (size(message) > MAX_MESSAGE_BYTES) {
            throw SnsException.invalidParameter("Message too long");
        }
        if (message.subject() != null && (message.subject().isEmpty() || message.subject().length() > 100
                || message.subject().chars().anyMatch(Character::isISOControl))) {
            throw SnsException.invalidParameter("Subject");
        }
        message.attributes().forEach(MessageChecks::checkAttribute);
        if ("json".equals(message.messageStructure())) {
            structured(message.message());
        } else if (message.messageStructure() != null) {
            throw SnsException.invalidParameter("MessageStructure");
        }
        checkFifo(message, topic);
    }

    /** The message text per protocol of a {@code json}-structured message; its {@code default} is required. */
    static JsonNode structured(String message) {
        JsonNode node;
        try {
            node = JSON.readTree(message);
        } catch (IOException e) {
            throw SnsException.invalidParameter("Message Structure - JSON message body failed to parse");
        }
        if (node == null || !node.isObject() || !node.path("default").isTextual()) {
            throw SnsException.invalidParameter("Message Structure - No default entry in JSON message body");
        }
        return node;
    }

    private static void checkFifo(SnsMessage message, Topic topic) {
        if (topic.fifo() && (message.groupId() == null || message.groupId().isEmpty())) {
            throw SnsException.invalidParameter("The MessageGroupId parameter is required for FIFO topics");
        }
        if (!topic.fifo() && message.deduplicationId() != null) {
            throw SnsException.invalidParameter("MessageDeduplicationId Reason: The request includes "
                    + "MessageDeduplicationId parameter that is not valid for this topic type");
        }
        if (topic.fifo() && message.deduplicationId() == null && !topic.contentBasedDeduplication()) {
            throw SnsException.invalidParameter("The topic should either have ContentBasedDeduplication enabled "
                    + "or MessageDeduplicationId provided explicitly");
        }
    }

    private static void checkAttribute(String name, MessageAttributeValue value) {
        String type = value.baseType();
        if (!type.equals("String") && !type.equals("Number") && !type.equals("Binary")) {
            throw SnsException.invalidParameter("The message attribute '" + name + "' has an invalid message "
                    + "attribute type, the set of supported type prefixes is Binary, Number, and String.");
        }
        boolean empty = value.isBinary() ? value.binaryValue() == null || value.binaryValue().length == 0
                : value.stringValue() == null || value.stringValue().isEmpty();
        if (empty) {
            throw SnsException.invalidParameter("The message attribute '" + name + "' must contain non-empty "
                    + "message attribute value for message attribute type '" + type + "'.");
        }
        if (type.equals("Number")) {
            try {
                new BigDecimal(value.stringValue().trim());
            } catch (NumberFormatException e) {
                throw SnsException.invalidParameter("Could not cast message attribute '" + name
                        + "' value to number.");
            }
        }
    }

    private static int size(SnsMessage message) {
        int size = message.message().getBytes(StandardCharsets.UTF_8).length;
        for (Map.Entry<String, MessageAttributeValue> attribute : message.attributes().entrySet()) {
            size += attribute.getKey().getBytes(StandardCharsets.UTF_8).length + attribute.getValue().size();
        }
        return size;
    }
}
