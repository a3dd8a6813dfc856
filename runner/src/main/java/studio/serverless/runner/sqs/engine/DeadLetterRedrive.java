package studio.serverless.runner.sqs.engine;

import java.util.Optional;
import java.util.UUID;

/**
 * Moves a dead-letter queue's messages back, as StartMessageMoveTask does: the source must be some queue's
 * dead-letter queue; without a destination each message goes back to the queue it was dead-lettered from. A moved
 * message is sent afresh (new id, receive count 0, no delay) and only then deleted from the source, so a failure
 * in between leaves it twice, never nowhere. Messages in flight stay where they are.
 */
final class DeadLetterRedrive {

    private final QueueStore store;

    DeadLetterRedrive(QueueStore store) {
        this.store = store;
    }

    MessageMoveResult move(String sourceArn, String destinationArn, long now) {
        MessageQueue source = byArn(sourceArn);
        if (store.all().stream().noneMatch(queue -> isDeadLetterQueueOf(source, queue))) {
            throw new SqsException(SqsError.UNSUPPORTED_OPERATION,
                    "Source queue must be configured as a Dead Letter Queue.");
        }
        Optional<MessageQueue> destination = Optional.ofNullable(destinationArn).filter(arn -> !arn.isBlank())
                .map(this::byArn);
        int moved = 0;
        int notMovable = 0;
        for (StoredMessage message : source.visibleMessages(now)) {
            Optional<MessageQueue> target = destination.or(() -> Optional.ofNullable(message.deadLetterSourceArn)
                    .flatMap(this::findByArn));
            if (target.isEmpty()) {
                notMovable++;
                continue;
            }
            target.get().send(resent(message, target.get()), now);
            source.deleteById(message.id);
            moved++;
        }
        return new MessageMoveResult(UUID.randomUUID().toString(), moved, notMovable);
    }

    private static boolean isDeadLetterQueueOf(MessageQueue deadLetterQueue, MessageQueue queue) {
        RedrivePolicy policy = queue.settings().redrivePolicy();
        return policy != null && policy.deadLetterTargetArn().equals(deadLetterQueue.arn());
    }

    /** The content sent again; on a FIFO queue deduplicated by the old message id, as SQS does for its DLQs. */
    private static NewMessage resent(StoredMessage message, MessageQueue target) {
        NewMessage content = message.content;
        String deduplicationId = target.settings().fifo() ? message.id : null;
        return new NewMessage(content.body(), content.attributes(), content.systemAttributes(), 0,
                content.groupId(), deduplicationId, content.senderId());
    }

    private MessageQueue byArn(String arn) {
        return findByArn(arn).orElseThrow(() -> new SqsException(SqsError.RESOURCE_NOT_FOUND,
                "The resource that you specified for the " + (arn == null ? "SourceArn" : arn) + " does not exist."));
    }

    private Optional<MessageQueue> findByArn(String arn) {
        return store.all().stream().filter(queue -> queue.arn().equals(arn)).findFirst();
    }
}
