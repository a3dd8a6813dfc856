package studio.serverless.runner.sqs.engine;

import java.util.Map;

/**
 * A message as a client sends it.
 *
 * @param body              the body, one or more characters
 * @param attributes        the message attributes by name
 * @param systemAttributes  the message system attributes (only {@code AWSTraceHeader} exists)
 * @param delaySeconds      the per-message delay, or null for the queue's
 * @param groupId           the message group id (required on FIFO queues), or null
 * @param deduplicationId   the deduplication id (FIFO), or null
 * @param senderId          the sender's access key id, returned as the {@code SenderId} attribute
 */
public record NewMessage(String body, Map<String, MessageAttributeValue> attributes,
        Map<String, MessageAttributeValue> systemAttributes, Integer delaySeconds, String groupId,
        String deduplicationId, String senderId) {

    /** Copies the maps so the message cannot change after it is sent. */
    public NewMessage {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        systemAttributes = systemAttributes == null ? Map.of() : Map.copyOf(systemAttributes);
    }

    /** A plain message with a body only. */
    public static NewMessage of(String body) {
        return new NewMessage(body, Map.of(), Map.of(), null, null, null, "000000000000");
    }

    /** The size AWS counts against the queue's maximum: the body plus every attribute's name, type and value. */
    public int size() {
        int size = MessageDigests.utf8(body == null ? "" : body).length;
        for (Map.Entry<String, MessageAttributeValue> attribute : attributes.entrySet()) {
            size += MessageDigests.utf8(attribute.getKey()).length + attribute.getValue().size();
        }
        return size;
    }
}
