package studio.serverless.runner.sqs.engine;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import studio.serverless.runner.activity.ActivityFeed;
import studio.serverless.runner.activity.ActivityKind;
import studio.serverless.runner.activity.Deliveries;
import studio.serverless.runner.activity.ResourceRef;
import studio.serverless.runner.tagging.ResourceTags;

/**
 * The SQS emulator's queue logic, free of any wire protocol: queues by name, messages, visibility, delays, FIFO,
 * dead-letter redrive and long polling. Thread-safe. Time comes from the injected {@link Clock}, so tests move
 * time forward instead of sleeping; long polling waits in real time but wakes as soon as the queue changes.
 */
public final class SqsEngine {

    private final Clock clock;
    private final QueueStore store;
    private final QueueJournal journal;
    private final QueueTagging tagging = new QueueTagging(this);
    private volatile ActivityFeed activity = ActivityFeed.quiet();

    /** An engine over {@code store} that reads time from {@code clock} and keeps nothing on disk. */
    public SqsEngine(Clock clock, QueueStore store) {
        this(clock, store, QueueJournal.NONE);
    }

    /** An engine over {@code store} that reports every change to {@code journal} before answering. */
    public SqsEngine(Clock clock, QueueStore store, QueueJournal journal) {
        this.clock = Objects.requireNonNull(clock);
        this.store = Objects.requireNonNull(store);
        this.journal = Objects.requireNonNull(journal);
    }

    /** Publishes messages moved to dead-letter queues to {@code feed} from now on. */
    public void reportActivityTo(ActivityFeed feed) {
        activity = Objects.requireNonNull(feed);
    }

    /** Puts back a queue and its messages read from storage; called at start, before any client can call. */
    public void restore(QueueRecord queue, List<MessageRecord> messages) {
        MessageQueue restored = new MessageQueue(queue.name(), queue.arn(), new QueueSettings(queue.attributes()),
                queue.createdAt(), journal);
        messages.forEach(restored::restore);
        store.putIfAbsent(restored);
    }

    /**
     * Creates a queue, or returns the existing one when every given attribute matches its value
     * (QueueAlreadyExists otherwise). {@code region} and {@code accountId} make up the ARN.
     */
    public MessageQueue createQueue(String name, Map<String, String> attributes, String region, String accountId) {
        return createQueue(name, attributes, Map.of(), region, accountId);
    }

    /**
     * Creates a queue carrying {@code queueTags}, or returns the existing one as
     * {@link #createQueue(String, Map, String, String)} does (an existing queue's tags are left as they are).
     */
    public MessageQueue createQueue(String name, Map<String, String> attributes, Map<String, String> queueTags,
            String region, String accountId) {
        ResourceTags.checkNew(queueTags, QueueTagErrors.refusal(name));
        boolean fifo = "true".equalsIgnoreCase(attributes.getOrDefault("FifoQueue", "false"));
        QueueNames.check(name, fifo);
        QueueSettings settings = QueueSettings.defaults(fifo).with(attributes);
        String arn = "arn:aws:sqs:" + region + ":" + accountId + ":" + name;
        MessageQueue created = new MessageQueue(name, arn, settings, now(), journal);
        MessageQueue existing = store.putIfAbsent(created);
        if (existing == null) {
            journal.queueSaved(created.record());
            tagging.tags().tag(arn, queueTags, QueueTagErrors.refusal(name));
            return created;
        }
        attributes.forEach((attribute, value) -> {
            if (!settings.values().get(attribute).equals(existing.settings().values().get(attribute))) {
                throw new SqsException(SqsError.QUEUE_NAME_EXISTS, "A queue already exists with the same name "
                        + "and a different value for attribute " + attribute);
            }
        });
        return existing;
    }

    /** The queue called {@code name}; QueueDoesNotExist when there is none. */
    public MessageQueue queue(String name) {
        return store.find(name).orElseThrow(SqsException::noSuchQueue);
    }

    /** The names of the queues whose names start with {@code prefix} (every queue for null), sorted. */
    public List<String> queueNames(String prefix) {
        return store.all().stream().map(MessageQueue::name)
                .filter(name -> prefix == null || name.startsWith(prefix)).sorted().toList();
    }

    /** Deletes a queue and its messages; receivers waiting on it return empty-handed. */
    public void deleteQueue(String name) {
        MessageQueue removed = store.remove(name);
        if (removed == null) {
            throw SqsException.noSuchQueue();
        }
        journal.queueDeleted(name);
        tagging.tags().forget(removed.arn());
        removed.wakeReceivers();
    }

    /** The queues' tags (TagQueue, UntagQueue, ListQueueTags). */
    public QueueTagging tagging() {
        return tagging;
    }

    /** The queue's attributes named in {@code names} ({@code All} for every one). */
    public Map<String, String> queueAttributes(String name, Collection<String> names) {
        return QueueAttributeReport.of(queue(name), names, now());
    }

    /** The queue's visible, in-flight and delayed message counts now; QueueDoesNotExist when there is none. */
    public QueueCounts counts(String name) {
        return queue(name).counts(now());
    }

    /** Changes settable attributes; FifoQueue cannot change. */
    public void setQueueAttributes(String name, Map<String, String> attributes) {
        MessageQueue queue = queue(name);
        if (attributes.containsKey("FifoQueue")
                && !attributes.get("FifoQueue").equalsIgnoreCase(String.valueOf(queue.settings().fifo()))) {
            throw new SqsException(SqsError.INVALID_ATTRIBUTE_NAME, "Unknown Attribute FifoQueue.");
        }
        queue.changeSettings(queue.settings().with(attributes), now());
    }

    /** Sends a message; on FIFO queues a duplicate inside the window answers with the first send. */
    public SentMessage send(String queueName, NewMessage message) {
        return queue(queueName).send(message, now());
    }

    /**
     * Receives up to {@code request.maxMessages()} messages, waiting up to the wait time for the first one.
     * Messages past their queue's maxReceiveCount move to the dead-letter queue instead.
     */
    public List<ReceivedMessage> receive(String queueName, ReceiveRequest request) {
        MessageQueue queue = queue(queueName);
        int waitSeconds = request.waitTimeSeconds() != null ? request.waitTimeSeconds()
                : queue.settings().integer("ReceiveMessageWaitTimeSeconds");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(waitSeconds);
        while (true) {
            long now = now();
            ReceiveOutcome outcome = queue.receive(request, now);
            moveToDeadLetterQueue(queue, outcome.deadLettered(), now);
            long remaining = deadline - System.nanoTime();
            if (!outcome.delivered().isEmpty() || remaining <= 0 || store.find(queueName).orElse(null) != queue) {
                return outcome.delivered();
            }
            long untilVisible = TimeUnit.MILLISECONDS.toNanos(Math.max(1, outcome.nextVisibleAt() - now));
            awaitChange(queue, outcome.version(), Math.min(remaining, untilVisible));
        }
    }

    /** Deletes the message received with {@code receiptHandle}; a stale handle deletes nothing. */
    public void deleteMessage(String queueName, String receiptHandle) {
        queue(queueName).delete(receiptHandle);
    }

    /** Changes how long the in-flight message received with {@code receiptHandle} stays hidden. */
    public void changeVisibility(String queueName, String receiptHandle, int seconds) {
        queue(queueName).changeVisibility(receiptHandle, seconds, now());
    }

    /** Deletes every message in the queue; at most once every 60 seconds. */
    public void purge(String queueName) {
        queue(queueName).purge(now());
    }

    /**
     * Up to {@code max} of the queue's messages in send order, without receiving them: visibility, receive count
     * and receipt handles stay as they were (the studio's queue browser; SQS itself has no such action).
     */
    public List<PeekedMessage> peek(String queueName, int max) {
        return queue(queueName).peek(max, now());
    }

    /** Deletes a message by its id, in flight or not (the queue browser's delete); true when it was there. */
    public boolean deleteMessageById(String queueName, String messageId) {
        return queue(queueName).deleteById(messageId);
    }

    /**
     * StartMessageMoveTask: moves the visible messages of the dead-letter queue {@code sourceArn} to
     * {@code destinationArn}, or with none back to the queue each came from; runs to its end before answering.
     * UnsupportedOperation when the source is no queue's dead-letter queue, ResourceNotFound for an unknown ARN.
     */
    public MessageMoveResult startMessageMoveTask(String sourceArn, String destinationArn) {
        return new DeadLetterRedrive(store).move(sourceArn, destinationArn, now());
    }

    private void moveToDeadLetterQueue(MessageQueue source, List<StoredMessage> messages, long now) {
        if (messages.isEmpty()) {
            return;
        }
        RedrivePolicy policy = source.settings().redrivePolicy();
        MessageQueue target = policy == null ? null : store.find(policy.deadLetterQueueName()).orElse(null);
        if (target != null) {
            activity.publish(ActivityKind.DEAD_LETTER, ResourceRef.queue(source.name()),
                    ResourceRef.queue(target.name()), Deliveries.count(messages.size(), "message")
                    + " past maxReceiveCount " + policy.maxReceiveCount(), null);
        }
        for (StoredMessage message : messages) {
            if (target != null) {
                target.acceptDeadLetter(message, now);
            }
            // after the dead-letter queue has it: a crash in between keeps the message twice, never zero times
            journal.messageDeleted(source.name(), message.id);
        }
    }

    private static void awaitChange(MessageQueue queue, long version, long nanos) {
        try {
            queue.awaitChange(version, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for messages", e);
        }
    }

    private long now() {
        return clock.millis();
    }
}
