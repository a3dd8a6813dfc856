package studio.serverless.runner.sqs.engine;

import java.util.List;

/**
 * One receive attempt on a queue: what it delivered, what it took out for the dead-letter queue, and what a
 * long-polling receiver needs to wait for the next change.
 *
 * @param delivered     the messages delivered
 * @param deadLettered  messages past maxReceiveCount, removed for the dead-letter queue
 * @param version       the queue's change counter when the attempt ran
 * @param nextVisibleAt the clock time the next hidden message becomes visible, or {@link Long#MAX_VALUE}
 */
record ReceiveOutcome(List<ReceivedMessage> delivered, List<StoredMessage> deadLettered, long version,
        long nextVisibleAt) {
}
