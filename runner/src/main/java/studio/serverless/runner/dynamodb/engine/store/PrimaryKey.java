package studio.serverless.runner.dynamodb.engine.store;

import java.util.Comparator;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;
import studio.serverless.runner.dynamodb.engine.value.AttributeValues;

/**
 * The key of one stored item.
 *
 * @param partition the partition key value
 * @param sort      the sort key value, or null for a table without a sort key
 */
public record PrimaryKey(AttributeValue partition, AttributeValue sort) {
    /** Orders sort key values; a missing sort key (hash-only table) sorts equal to itself. */
    public static final Comparator<AttributeValue> SORT_ORDER = Comparator.nullsFirst(AttributeValues.KEY_ORDER);

    /** Orders keys by partition, then by sort key. */
    public static final Comparator<PrimaryKey> ORDER = Comparator
            .comparing(PrimaryKey::partition, AttributeValues.KEY_ORDER)
            .thenComparing(PrimaryKey::sort, SORT_ORDER);
}
