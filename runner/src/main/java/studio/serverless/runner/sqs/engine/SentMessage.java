package studio.serverless.runner.sqs.engine;

/**
 * What SQS answers to a send.
 *
 * @param messageId                    the message id
 * @param md5OfBody                    the hex MD5 of the body
 * @param md5OfMessageAttributes       the hex MD5 of the message attributes, or null without attributes
 * @param md5OfMessageSystemAttributes the hex MD5 of the system attributes, or null without them
 * @param sequenceNumber               the FIFO sequence number, or null on standard queues
 */
public record SentMessage(String messageId, String md5OfBody, String md5OfMessageAttributes,
        String md5OfMessageSystemAttributes, String sequenceNumber) {
}
