package studio.serverless.runner.sqs.engine;

/**
 * A message and its delivery state as it is stored: enough to put it back exactly after a restart, in flight
 * with the same receipt handle or waiting with the same receive count.
 *
 * @param id                  the message id
 * @param content             what the client sent
 * @param sentAt              when it was sent, epoch milliseconds
 * @param sequenceNumber      its FIFO sequence number, or null
 * @param visibleAt           when it is (again) visible, epoch milliseconds
 * @param receiveCount        how often it was received
 * @param firstReceivedAt     when it was first received, or 0
 * @param receiptHandle       the handle of its latest receive, or null
 * @param deadLetterSourceArn the queue it was dead-lettered from, or null
 */
public record MessageRecord(String id, NewMessage content, long sentAt, String sequenceNumber, long visibleAt,
                            int receiveCount, long firstReceivedAt, String receiptHandle,
                            String deadLetterSourceArn) {

    static MessageRecord of(StoredMessage message) {
        return new MessageRecord(message.id, message.content, message.sentAt, message.sequenceNumber,
                message.visibleAt, message.receiveCount, message.firstReceivedAt, message.receiptHandle,
                message.deadLetterSourceArn);
    }

    StoredMessage toStored() {
        StoredMessage message = new StoredMessage(id, content, sentAt, visibleAt, sequenceNumber);
        message.receiveCount = receiveCount;
        message.firstReceivedAt = firstReceivedAt;
        message.receiptHandle = receiptHandle;
        message.deadLetterSourceArn = deadLetterSourceArn;
        return message;
    }
}
