package studio.serverless.runner.sqs.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * The FIFO deduplication window: a message whose deduplication id was seen in the last five minutes is
 * accepted but not enqueued, and the send answers with the first message's id. Not thread-safe: the queue
 * calls it under its lock.
 */
final class FifoDeduplication {

    /** AWS's deduplication interval. */
    static final long WINDOW_MILLIS = 5 * 60 * 1000L;

    private final Map<String, Entry> seen = new HashMap<>();

    /** The earlier send with this id inside the window, or null. */
    SentMessage duplicateOf(String deduplicationId, long now) {
        seen.values().removeIf(entry -> entry.expiresAt <= now);
        Entry entry = seen.get(deduplicationId);
        return entry == null ? null : entry.sent;
    }

    /** Remembers a send for the window. */
    void remember(String deduplicationId, SentMessage sent, long now) {
        seen.put(deduplicationId, new Entry(sent, now + WINDOW_MILLIS));
    }

    private record Entry(SentMessage sent, long expiresAt) {
    }
}
