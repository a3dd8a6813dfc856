package studio.serverless.runner.dynamodb.engine.store;

import java.util.Iterator;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * The items of one table. The engine serialises writes to a table, so an implementation only needs reads to be
 * safe alongside one writer.
 */
public interface TableStore {

    /** @return the item stored under the key, or null */
    Map<String, AttributeValue> get(PrimaryKey key);

    /** Stores the item under the key. @return the item replaced, or null */
    Map<String, AttributeValue> put(PrimaryKey key, Map<String, AttributeValue> item);

    /** Removes the item under the key. @return the item removed, or null */
    Map<String, AttributeValue> delete(PrimaryKey key);

    /**
     * Items of one partition in sort key order.
     *
     * @param partition     the partition key value
     * @param startAfterSort the sort key to start after (exclusive), or null to start at the first (or last)
     * @param forward       true for ascending sort keys
     * @return the items, lazily
     */
    Iterator<Map<String, AttributeValue>> partition(AttributeValue partition, AttributeValue startAfterSort,
                                                    boolean forward);

    /** @return every item, partition by partition, starting after the given key (null for the beginning) */
    Iterator<Map.Entry<PrimaryKey, Map<String, AttributeValue>>> scan(PrimaryKey startAfter);

    /** @return the number of items */
    long itemCount();

    /** @return the total item size in bytes */
    long sizeBytes();

    /** @return the size in bytes of the items of one partition (the item collection of an LSI table) */
    long partitionSizeBytes(AttributeValue partition);
}
