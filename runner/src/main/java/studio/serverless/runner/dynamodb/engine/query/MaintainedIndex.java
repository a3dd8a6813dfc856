package studio.serverless.runner.dynamodb.engine.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import studio.serverless.runner.dynamodb.engine.store.TableStore;
import studio.serverless.runner.dynamodb.engine.table.KeySchema;
import studio.serverless.runner.dynamodb.engine.table.SecondaryIndex;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;
import studio.serverless.runner.dynamodb.engine.value.ItemSize;

/**
 * A secondary index kept up to date on every write: projected items sorted by index key, then table key. A
 * query walks one partition from its first (or start) key, so it costs the items it reads, not the table.
 * Writers call {@link #replace} under the table's write lock; readers run alongside (a concurrent skip list).
 */
public final class MaintainedIndex {
    private final KeySchema tableKey;
    private final SecondaryIndex index;
    private final NavigableMap<Map<String, AttributeValue>, Map<String, AttributeValue>> entries;
    private final AtomicLong sizeBytes = new AtomicLong();

    private MaintainedIndex(KeySchema tableKey, SecondaryIndex index) {
        this.tableKey = tableKey;
        this.index = index;
        this.entries = new ConcurrentSkipListMap<>(IndexView.order(tableKey, index.keySchema()));
    }

    /** @return the index of a table's current items */
    public static MaintainedIndex build(KeySchema tableKey, SecondaryIndex index, TableStore store) {
        MaintainedIndex built = new MaintainedIndex(tableKey, index);
        store.scan(null).forEachRemaining(entry -> built.replace(null, entry.getValue()));
        return built;
    }

    /** @return the index's definition */
    public SecondaryIndex index() {
        return index;
    }

    /** Replaces an item's old version by its new one (either may be null). */
    public void replace(Map<String, AttributeValue> oldItem, Map<String, AttributeValue> newItem) {
        if (oldItem != null && holdsKey(oldItem)) {
            Map<String, AttributeValue> removed = entries.remove(keyOf(oldItem));
            if (removed != null) {
                sizeBytes.addAndGet(-ItemSize.of(removed));
            }
        }
        if (newItem != null && holdsKey(newItem)) {
            Map<String, AttributeValue> projected = IndexView.project(tableKey, index, newItem);
            entries.put(keyOf(newItem), projected);
            sizeBytes.addAndGet(ItemSize.of(projected));
        }
    }

    /** @return the items of one index partition in index order, after the start key when given */
    Iterator<Map<String, AttributeValue>> partition(AttributeValue partitionValue,
                                                    Map<String, AttributeValue> startKey, boolean forward) {
        Map<String, AttributeValue> probe = startKey != null ? startKey
                : Map.of(index.keySchema().partitionKey(), partitionValue);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        if (forward || startKey == null) {
            for (Map<String, AttributeValue> item : entries.tailMap(probe, startKey == null).values()) {
                if (!partitionValue.equals(item.get(index.keySchema().partitionKey()))) {
                    break;
                }
                items.add(item);
            }
            if (!forward) {
                Collections.reverse(items);
            }
            return items.iterator();
        }
        for (Map<String, AttributeValue> item : entries.headMap(probe, false).descendingMap().values()) {
            if (!partitionValue.equals(item.get(index.keySchema().partitionKey()))) {
                break;
            }
            items.add(item);
        }
        return items.iterator();
    }

    /** @return every item in index order, after the start key when given (Scan of an index) */
    Iterator<Map<String, AttributeValue>> all(Map<String, AttributeValue> startKey) {
        return (startKey == null ? entries : entries.tailMap(startKey, false)).values().iterator();
    }

    /** @return how many items hold the index key */
    public int itemCount() {
        return entries.size();
    }

    /** @return the size of the projected items */
    public long sizeBytes() {
        return sizeBytes.get();
    }

    private boolean holdsKey(Map<String, AttributeValue> item) {
        return index.keySchema().attributeNames().stream().allMatch(item::containsKey);
    }

    private Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        index.keySchema().attributeNames().forEach(name -> key.put(name, item.get(name)));
        tableKey.attributeNames().forEach(name -> key.put(name, item.get(name)));
        return key;
    }
}
