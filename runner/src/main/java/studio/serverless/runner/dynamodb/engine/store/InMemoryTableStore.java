package studio.serverless.runner.dynamodb.engine.store;

import java.util.AbstractMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;
import studio.serverless.runner.dynamodb.engine.value.AttributeValues;
import studio.serverless.runner.dynamodb.engine.value.ItemSize;

/** A table held in sorted maps: partitions in key order, each a map from sort key to item. */
public final class InMemoryTableStore implements TableStore {
    private final ConcurrentSkipListMap<AttributeValue, ConcurrentSkipListMap<AttributeValue, Map<String,
            AttributeValue>>> partitions = new ConcurrentSkipListMap<>(AttributeValues.KEY_ORDER);
    private final AtomicLong itemCount = new AtomicLong();
    private final AtomicLong sizeBytes = new AtomicLong();

    private static final AttributeValue NO_SORT_KEY = new AttributeValue.S("");

    @Override
    public Map<String, AttributeValue> get(PrimaryKey key) {
        var partition = partitions.get(key.partition());
        return partition == null ? null : partition.get(sortKey(key));
    }

    @Override
    public Map<String, AttributeValue> put(PrimaryKey key, Map<String, AttributeValue> item) {
        var partition = partitions.computeIfAbsent(key.partition(),
                k -> new ConcurrentSkipListMap<>(AttributeValues.KEY_ORDER));
        Map<String, AttributeValue> old = partition.put(sortKey(key), item);
        account(old, -1);
        account(item, 1);
        return old;
    }

    @Override
    public Map<String, AttributeValue> delete(PrimaryKey key) {
        var partition = partitions.get(key.partition());
        Map<String, AttributeValue> old = partition == null ? null : partition.remove(sortKey(key));
        account(old, -1);
        if (partition != null && partition.isEmpty()) {
            partitions.remove(key.partition(), partition);
        }
        return old;
    }

    @Override
    public Iterator<Map<String, AttributeValue>> partition(AttributeValue partitionKey, AttributeValue startAfterSort,
                                                           boolean forward) {
        NavigableMap<AttributeValue, Map<String, AttributeValue>> partition = partitions.get(partitionKey);
        if (partition == null) {
            return java.util.Collections.emptyIterator();
        }
        NavigableMap<AttributeValue, Map<String, AttributeValue>> ordered = forward ? partition
                : partition.descendingMap();
        if (startAfterSort != null) {
            ordered = ordered.tailMap(startAfterSort, false);
        }
        return ordered.values().iterator();
    }

    @Override
    public Iterator<Map.Entry<PrimaryKey, Map<String, AttributeValue>>> scan(PrimaryKey startAfter) {
        var selected = startAfter == null ? partitions : partitions.tailMap(startAfter.partition(), true);
        return selected.entrySet().stream().flatMap(partition -> {
            NavigableMap<AttributeValue, Map<String, AttributeValue>> items = partition.getValue();
            if (startAfter != null && partition.getKey().equals(startAfter.partition())) {
                items = items.tailMap(sortKey(startAfter), false);
            }
            return items.entrySet().stream().map(entry -> entry(partition.getKey(), entry));
        }).iterator();
    }

    @Override
    public long itemCount() {
        return itemCount.get();
    }

    @Override
    public long sizeBytes() {
        return sizeBytes.get();
    }

    @Override
    public long partitionSizeBytes(AttributeValue partitionKey) {
        var partition = partitions.get(partitionKey);
        return partition == null ? 0 : partition.values().stream().mapToLong(ItemSize::of).sum();
    }

    private static Map.Entry<PrimaryKey, Map<String, AttributeValue>> entry(
            AttributeValue partition, Map.Entry<AttributeValue, Map<String, AttributeValue>> item) {
        AttributeValue sort = item.getKey() == NO_SORT_KEY ? null : item.getKey();
        return new AbstractMap.SimpleImmutableEntry<>(new PrimaryKey(partition, sort), item.getValue());
    }

    private static AttributeValue sortKey(PrimaryKey key) {
        return key.sort() == null ? NO_SORT_KEY : key.sort();
    }

    private void account(Map<String, AttributeValue> item, int sign) {
        if (item != null) {
            itemCount.addAndGet(sign);
            sizeBytes.addAndGet(sign * ItemSize.of(item));
        }
    }

}
