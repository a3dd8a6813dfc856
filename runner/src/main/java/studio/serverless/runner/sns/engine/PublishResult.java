package studio.serverless.runner.sns.engine;

/**
 * What Publish answers.
 *
 * @param messageId      the message's id
 * @param sequenceNumber the FIFO sequence number, or null on standard topics
 */
public record PublishResult(String messageId, String sequenceNumber) {
}
