package studio.serverless.runner.dynamodb.engine.stream;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;
import studio.serverless.runner.dynamodb.engine.value.ItemSize;

/** Turns item changes into stream records and hands them to the listeners. Thread-safe. */
public final class StreamPublisher {
    private static final long FIRST_SEQUENCE_NUMBER = 100_000_000_000_000_000L;

    private final Clock clock;
    private final List<StreamListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong(FIRST_SEQUENCE_NUMBER);

    /** @param clock the clock that dates the records */
    public StreamPublisher(Clock clock) {
        this.clock = clock;
    }

    /** Registers a listener. @param listener the listener */
    public void addListener(StreamListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /** Unregisters a listener. @param listener the listener */
    public void removeListener(StreamListener listener) {
        listeners.remove(listener);
    }

    /**
     * Publishes one change; nothing happens when the item did not change.
     *
     * @param change   the table, view type, keys and images of the change
     * @param identity who made it, or null for a user
     */
    public void publish(ItemChange change, StreamRecord.UserIdentity identity) {
        if (Objects.equals(change.oldItem(), change.newItem()) || listeners.isEmpty()) {
            return;
        }
        StreamViewType view = change.viewType();
        Map<String, AttributeValue> newImage = view.hasNewImage() ? change.newItem() : null;
        Map<String, AttributeValue> oldImage = view.hasOldImage() ? change.oldItem() : null;
        StreamRecord.EventName name = change.oldItem() == null ? StreamRecord.EventName.INSERT
                : change.newItem() == null ? StreamRecord.EventName.REMOVE : StreamRecord.EventName.MODIFY;
        long size = ItemSize.of(change.keys()) + sizeOf(newImage) + sizeOf(oldImage);
        StreamRecord streamRecord = new StreamRecord(UUID.randomUUID().toString(), name, change.tableName(),
                change.streamArn(), change.keys(), newImage, oldImage, String.valueOf(sequence.incrementAndGet()),
                size, view, clock.instant(), identity);
        listeners.forEach(listener -> listener.onRecord(streamRecord));
    }

    private static long sizeOf(Map<String, AttributeValue> image) {
        return image == null ? 0 : ItemSize.of(image);
    }

    /**
     * A change to one item of a table with a stream.
     *
     * @param tableName the table
     * @param streamArn its stream ARN
     * @param viewType  its view type
     * @param keys      the item's key attributes
     * @param oldItem   the item before, or null when inserted
     * @param newItem   the item after, or null when removed
     */
    public record ItemChange(String tableName, String streamArn, StreamViewType viewType,
                             Map<String, AttributeValue> keys, Map<String, AttributeValue> oldItem,
                             Map<String, AttributeValue> newItem) {
        /** Copies the keys. */
        public ItemChange {
            keys = new LinkedHashMap<>(keys);
        }
    }
}
