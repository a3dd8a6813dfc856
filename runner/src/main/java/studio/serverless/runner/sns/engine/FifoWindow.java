package studio.serverless.runner.sns.engine;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * A FIFO topic's five-minute deduplication window and its sequence numbers: a message whose deduplication id was
 * published within the window is accepted but not delivered again, and answers with the first message's id.
 */
final class FifoWindow {

    static final long WINDOW_MILLIS = 5 * 60 * 1000;

    private final Map<String, Accepted> seen = new HashMap<>();
    private long sequence = 10_000_000_000_000_000L;

    /** The first publication of a message, for answering its duplicates. */
    record Accepted(String messageId, String sequenceNumber, long at) {
    }

    /** The earlier publication of {@code deduplicationId} within the window, or null after recording this one. */
    synchronized Accepted admit(String deduplicationId, String messageId, long now) {
        Iterator<Accepted> expired = seen.values().iterator();
        while (expired.hasNext()) {
            if (expired.next().at() + WINDOW_MILLIS <= now) {
                expired.remove();
            }
        }
        Accepted earlier = seen.get(deduplicationId);
        if (earlier != null) {
            return earlier;
        }
        seen.put(deduplicationId, new Accepted(messageId, String.format("%020d", ++sequence), now));
        return null;
    }

    /** The sequence number given to {@code deduplicationId}'s publication. */
    synchronized String sequenceNumber(String deduplicationId) {
        Accepted accepted = seen.get(deduplicationId);
        return accepted == null ? null : accepted.sequenceNumber();
    }
}
