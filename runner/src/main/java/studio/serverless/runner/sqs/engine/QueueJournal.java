package studio.serverless.runner.sqs.engine;

/**
 * The engine's port to durable storage: every change to a queue or a message is reported here, under the queue's
 * lock and before the client is answered, so a store that writes each change through loses nothing that was
 * acknowledged. {@link #NONE} keeps nothing (the in-memory default). Implementations must be thread-safe.
 */
public interface QueueJournal {

    /** A journal that keeps nothing. */
    QueueJournal NONE = new QueueJournal() {
        @Override
        public void queueSaved(QueueRecord queue) {
        }

        @Override
        public void queueDeleted(String queueName) {
        }

        @Override
        public void messageSaved(String queueName, MessageRecord message) {
        }

        @Override
        public void messageDeleted(String queueName, String messageId) {
        }

        @Override
        public void queueCleared(String queueName) {
        }
    };

    /** A queue was created or its attributes changed. */
    void queueSaved(QueueRecord queue);

    /** A queue and its messages were deleted. */
    void queueDeleted(String queueName);

    /** A message was sent to the queue, or its delivery state changed (received, visibility, dead-lettered in). */
    void messageSaved(String queueName, MessageRecord message);

    /** A message left the queue (deleted, expired, moved to the dead-letter queue). */
    void messageDeleted(String queueName, String messageId);

    /** Every message of the queue was purged. */
    void queueCleared(String queueName);
}
