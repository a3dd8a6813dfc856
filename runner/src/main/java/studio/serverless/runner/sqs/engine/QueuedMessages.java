package studio.serverless.runner.sqs.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A queue's messages in send order, indexed by their latest receipt handle, and the rules for picking the
 * messages a receive gets: visible ones only, FIFO groups blocked while one of their messages is in flight,
 * messages past maxReceiveCount taken out for the dead-letter queue. Not thread-safe: used under the queue's lock.
 */
final class QueuedMessages {

    /** What one pick delivered and took out, and when the next hidden message becomes visible. */
    record Selection(List<ReceivedMessage> delivered, List<StoredMessage> deliveredMessages,
                     List<StoredMessage> deadLettered, long nextVisibleAt) {
    }

    private final Map<String, StoredMessage> messages = new LinkedHashMap<>();
    private final Map<String, StoredMessage> byHandle = new HashMap<>();

    void add(StoredMessage message) {
        messages.put(message.id, message);
    }

    /** Puts back a message read from storage, with its receipt handle if it has one. */
    void restore(StoredMessage message) {
        messages.put(message.id, message);
        if (message.receiptHandle != null) {
            byHandle.put(message.receiptHandle, message);
        }
    }

    /** The message last received with {@code handle}, or null. */
    StoredMessage withHandle(String handle) {
        return byHandle.get(handle);
    }

    /** Removes the message last received with {@code handle}; returns its id, or null when there is none. */
    String removeByHandle(String handle) {
        StoredMessage message = byHandle.remove(handle);
        return message != null && messages.remove(message.id) != null ? message.id : null;
    }

    /** The messages in send order, for a peek; read them under the queue's lock. */
    java.util.Collection<StoredMessage> all() {
        return messages.values();
    }

    /** Removes the message with {@code id} whatever its state; true when it was there. */
    boolean removeById(String id) {
        StoredMessage message = messages.remove(id);
        if (message != null && message.receiptHandle != null) {
            byHandle.remove(message.receiptHandle);
        }
        return message != null;
    }

    void clear() {
        messages.clear();
        byHandle.clear();
    }

    /** Drops messages sent {@code retentionMillis} or longer ago; returns their ids. */
    List<String> expire(long now, long retentionMillis) {
        List<String> expiredIds = new ArrayList<>();
        messages.values().removeIf(message -> {
            boolean expired = message.sentAt + retentionMillis <= now;
            if (expired) {
                expiredIds.add(message.id);
                if (message.receiptHandle != null) {
                    byHandle.remove(message.receiptHandle);
                }
            }
            return expired;
        });
        return expiredIds;
    }

    QueueCounts counts(long now) {
        int visible = 0;
        int inFlight = 0;
        for (StoredMessage message : messages.values()) {
            if (message.visible(now)) {
                visible++;
            } else if (message.inFlight(now)) {
                inFlight++;
            }
        }
        return new QueueCounts(visible, inFlight, messages.size() - visible - inFlight);
    }

    /** Picks and delivers up to {@code request.maxMessages()} messages, hiding each for {@code visibility} s. */
    Selection select(ReceiveRequest request, int visibility, boolean fifo, RedrivePolicy redrive, String sourceArn,
            long now) {
        List<ReceivedMessage> delivered = new ArrayList<>();
        List<StoredMessage> deliveredMessages = new ArrayList<>();
        List<StoredMessage> deadLettered = new ArrayList<>();
        Set<String> blockedGroups = new HashSet<>();
        long nextVisibleAt = Long.MAX_VALUE;
        Iterator<StoredMessage> candidates = messages.values().iterator();
        while (candidates.hasNext() && delivered.size() < request.maxMessages()) {
            StoredMessage message = candidates.next();
            String group = fifo ? message.content.groupId() : null;
            if (group != null && blockedGroups.contains(group)) {
                continue;
            }
            if (!message.visible(now)) {
                nextVisibleAt = Math.min(nextVisibleAt, message.visibleAt);
                if (group != null) {
                    blockedGroups.add(group);
                }
            } else if (redrive != null && message.receiveCount >= redrive.maxReceiveCount()) {
                candidates.remove();
                byHandle.remove(message.receiptHandle);
                message.deadLetterSourceArn = sourceArn;
                deadLettered.add(message);
            } else {
                delivered.add(deliver(message, request, visibility, now));
                deliveredMessages.add(message);
            }
        }
        return new Selection(delivered, deliveredMessages, deadLettered, nextVisibleAt);
    }

    private ReceivedMessage deliver(StoredMessage message, ReceiveRequest request, int visibility, long now) {
        byHandle.remove(message.receiptHandle);
        String handle = ReceiptHandles.issue(message.id);
        byHandle.put(handle, message);
        return message.deliver(now, visibility, handle, request);
    }
}
