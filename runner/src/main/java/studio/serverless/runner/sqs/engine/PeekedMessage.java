package studio.serverless.runner.sqs.engine;

import java.time.Instant;
import java.util.Map;

/**
 * A message as a peek shows it: what it holds and where it stands, read without receiving it, so its visibility,
 * receive count and receipt handle stay as they were. SQS has no such action; the studio's queue browser uses it.
 *
 * @param messageId           the message id
 * @param body                the body
 * @param systemAttributes    every system attribute a receive could return ({@code SentTimestamp}, ...)
 * @param messageAttributes   the message attributes
 * @param receiveCount        how often it was received
 * @param sentAt              when it was sent
 * @param state               whether a receive could get it now
 * @param deadLetterSourceArn the queue it was dead-lettered from, or null
 */
public record PeekedMessage(String messageId, String body, Map<String, String> systemAttributes,
        Map<String, MessageAttributeValue> messageAttributes, int receiveCount, Instant sentAt, State state,
        String deadLetterSourceArn) {

    /** Where a message stands. */
    public enum State {
        /** A receive could get it now. */
        VISIBLE,
        /** Received and hidden until its visibility timeout ends. */
        IN_FLIGHT,
        /** Sent with a delay that has not passed yet. */
        DELAYED
    }

    /** Copies the maps. */
    public PeekedMessage {
        systemAttributes = Map.copyOf(systemAttributes);
        messageAttributes = Map.copyOf(messageAttributes);
    }
}
