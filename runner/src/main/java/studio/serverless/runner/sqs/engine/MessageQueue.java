package studio.serverless.runner.sqs.engine;

import java.util.UUID;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One queue: its settings and its messages in send order. Thread-safe: every operation holds the queue's lock,
 * and receivers that long-poll wait on a condition that sends, deletes and visibility changes signal. Times are
 * epoch milliseconds from the engine's clock, passed in so the queue never reads a clock itself.
 */
public final class MessageQueue {

    private final String name;
    private final String arn;
    private final long createdAt;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final QueuedMessages messages = new QueuedMessages();
    private final FifoDeduplication deduplication = new FifoDeduplication();
    private final QueueJournal journal;
    private volatile QueueSettings settings;
    private volatile long lastModifiedAt;
    private long version;
    private long nextSequence = 1;
    private long lastPurgeAt = Long.MIN_VALUE;

    MessageQueue(String name, String arn, QueueSettings settings, long createdAt, QueueJournal journal) {
        this.name = name;
        this.arn = arn;
        this.settings = settings;
        this.createdAt = createdAt;
        this.lastModifiedAt = createdAt;
        this.journal = journal;
    }

    /** The queue as it is stored. */
    QueueRecord record() {
        return new QueueRecord(name, arn, createdAt, lastModifiedAt, settings.values());
    }

    /** Puts back a message read from storage (at start, before any client can call). */
    void restore(MessageRecord record) {
        lock.lock();
        try {
            StoredMessage message = record.toStored();
            messages.restore(message);
            if (message.sequenceNumber != null) {
                nextSequence = Math.max(nextSequence, Long.parseLong(message.sequenceNumber) + 1);
            }
        } finally {
            lock.unlock();
        }
    }

    /** The queue's name. */
    public String name() {
        return name;
    }

    /** The queue's ARN. */
    public String arn() {
        return arn;
    }

    /** The queue's current settings. */
    public QueueSettings settings() {
        return settings;
    }

    /** When the queue was created, epoch milliseconds. */
    public long createdAt() {
        return createdAt;
    }

    /** When the queue's attributes last changed, epoch milliseconds. */
    public long lastModifiedAt() {
        return lastModifiedAt;
    }

    void changeSettings(QueueSettings next, long now) {
        lock.lock();
        try {
            settings = next;
            lastModifiedAt = now;
            journal.queueSaved(record());
        } finally {
            lock.unlock();
        }
    }

    SentMessage send(NewMessage message, long now) {
        QueueSettings current = settings;
        MessageRules.check(message, current);
        lock.lock();
        try {
            expire(now);
            NewMessage content = current.fifo() ? withDeduplicationId(message, current) : message;
            SentMessage duplicate = current.fifo() ? deduplication.duplicateOf(content.deduplicationId(), now) : null;
            if (duplicate != null) {
                // the first message's id, but the digests of this request: the SDKs check them against it
                return sentReceipt(duplicate.messageId(), content, duplicate.sequenceNumber());
            }
            String sequence = current.fifo() ? String.format("%020d", nextSequence++) : null;
            int delay = message.delaySeconds() != null ? message.delaySeconds() : current.integer("DelaySeconds");
            String id = UUID.randomUUID().toString();
            StoredMessage stored = new StoredMessage(id, content, now, now + delay * 1000L, sequence);
            journal.messageSaved(name, MessageRecord.of(stored));
            messages.add(stored);
            SentMessage sent = sentReceipt(id, content, sequence);
            if (current.fifo()) {
                deduplication.remember(content.deduplicationId(), sent, now);
            }
            signalChange();
            return sent;
        } finally {
            lock.unlock();
        }
    }

    private static SentMessage sentReceipt(String id, NewMessage content, String sequence) {
        return new SentMessage(id, MessageDigests.md5OfBody(content.body()),
                MessageDigests.md5OfAttributes(content.attributes()),
                MessageDigests.md5OfAttributes(content.systemAttributes()), sequence);
    }

    private static NewMessage withDeduplicationId(NewMessage message, QueueSettings settings) {
        if (message.deduplicationId() != null || !settings.contentBasedDeduplication()) {
            return message;
        }
        return new NewMessage(message.body(), message.attributes(), message.systemAttributes(),
                message.delaySeconds(), message.groupId(), MessageDigests.sha256OfBody(message.body()),
                message.senderId());
    }

    ReceiveOutcome receive(ReceiveRequest request, long now) {
        lock.lock();
        try {
            expire(now);
            QueueSettings current = settings;
            int visibility = request.visibilityTimeout() != null ? request.visibilityTimeout()
                    : current.integer("VisibilityTimeout");
            QueuedMessages.Selection selection = messages.select(request, visibility, current.fifo(),
                    current.redrivePolicy(), arn, now);
            selection.deliveredMessages().forEach(message -> journal.messageSaved(name, MessageRecord.of(message)));
            return new ReceiveOutcome(selection.delivered(), selection.deadLettered(), version,
                    selection.nextVisibleAt());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes in a message moved here by another queue's redrive policy. Its receive count and first-receive time
     * are kept, as SQS keeps them: a consumer of the dead-letter queue sees how often the message was tried.
     */
    void acceptDeadLetter(StoredMessage message, long now) {
        lock.lock();
        try {
            message.visibleAt = now;
            message.receiptHandle = null;
            journal.messageSaved(name, MessageRecord.of(message));
            messages.add(message);
            signalChange();
        } finally {
            lock.unlock();
        }
    }

    void delete(String receiptHandle) {
        ReceiptHandles.check(receiptHandle);
        lock.lock();
        try {
            String removed = messages.removeByHandle(receiptHandle);
            if (removed != null) {
                journal.messageDeleted(name, removed);
                signalChange();
            }
        } finally {
            lock.unlock();
        }
    }

    void changeVisibility(String receiptHandle, int seconds, long now) {
        ReceiptHandles.check(receiptHandle);
        if (seconds < 0 || seconds > 43_200) {
            throw SqsException.invalidParameter("VisibilityTimeout", seconds, "Must be >= 0 and <= 43200.");
        }
        lock.lock();
        try {
            StoredMessage message = messages.withHandle(receiptHandle);
            if (message == null || !message.inFlight(now)) {
                throw new SqsException(SqsError.MESSAGE_NOT_INFLIGHT, "Message does not exist or is not "
                        + "available for visibility timeout change.");
            }
            message.visibleAt = now + seconds * 1000L;
            journal.messageSaved(name, MessageRecord.of(message));
            signalChange();
        } finally {
            lock.unlock();
        }
    }

    void purge(long now) {
        lock.lock();
        try {
            if (lastPurgeAt != Long.MIN_VALUE && now - lastPurgeAt < 60_000) {
                throw new SqsException(SqsError.PURGE_QUEUE_IN_PROGRESS, "Only one PurgeQueue operation on "
                        + name + " is allowed every 60 seconds.");
            }
            lastPurgeAt = now;
            messages.clear();
            journal.queueCleared(name);
            signalChange();
        } finally {
            lock.unlock();
        }
    }

    /** Up to {@code max} messages in send order, as they stand; nothing about them changes. */
    java.util.List<PeekedMessage> peek(int max, long now) {
        lock.lock();
        try {
            expire(now);
            return messages.all().stream().limit(max).map(message -> message.peek(now)).toList();
        } finally {
            lock.unlock();
        }
    }

    /** The messages a receive could get now, oldest first: what a message move task takes. */
    java.util.List<StoredMessage> visibleMessages(long now) {
        lock.lock();
        try {
            expire(now);
            return messages.all().stream().filter(message -> message.visible(now)).toList();
        } finally {
            lock.unlock();
        }
    }

    /** Deletes the message with {@code id} whatever its state (no receipt handle needed); true when it was there. */
    boolean deleteById(String id) {
        lock.lock();
        try {
            boolean removed = messages.removeById(id);
            if (removed) {
                journal.messageDeleted(name, id);
                signalChange();
            }
            return removed;
        } finally {
            lock.unlock();
        }
    }

    QueueCounts counts(long now) {
        lock.lock();
        try {
            expire(now);
            return messages.counts(now);
        } finally {
            lock.unlock();
        }
    }

    /** Waits up to {@code nanos} for any change after {@code seenVersion}; returns early when one happens. */
    void awaitChange(long seenVersion, long nanos) throws InterruptedException {
        lock.lock();
        try {
            long remaining = nanos;
            while (version == seenVersion && remaining > 0) {
                remaining = changed.awaitNanos(remaining);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Wakes every long-polling receiver, e.g. because the queue is being deleted. */
    void wakeReceivers() {
        lock.lock();
        try {
            signalChange();
        } finally {
            lock.unlock();
        }
    }

    private void signalChange() {
        version++;
        changed.signalAll();
    }

    private void expire(long now) {
        messages.expire(now, settings.integer("MessageRetentionPeriod") * 1000L)
                .forEach(id -> journal.messageDeleted(name, id));
    }
}
