package studio.serverless.runner.sqs.engine;

import java.util.Map;

/**
 * A message as a receive returns it.
 *
 * @param messageId              the message id
 * @param receiptHandle          the handle of this receive, for delete and change-visibility
 * @param body                   the body
 * @param md5OfBody              the hex MD5 of the body
 * @param systemAttributes       the requested system attributes ({@code SentTimestamp}, ...) as strings
 * @param messageAttributes      the requested message attributes
 * @param md5OfMessageAttributes the hex MD5 of the returned message attributes, or null when none are returned
 */
public record ReceivedMessage(String messageId, String receiptHandle, String body, String md5OfBody,
        Map<String, String> systemAttributes, Map<String, MessageAttributeValue> messageAttributes,
        String md5OfMessageAttributes) {

    /** Copies the maps. */
    public ReceivedMessage {
        systemAttributes = Map.copyOf(systemAttributes);
        messageAttributes = Map.copyOf(messageAttributes);
    }
}
