package studio.serverless.runner.dynamodb.engine.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.store.PrimaryKey;
import studio.serverless.runner.dynamodb.engine.table.KeySchema;
import studio.serverless.runner.dynamodb.engine.table.Projection;
import studio.serverless.runner.dynamodb.engine.table.SecondaryIndex;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * How a secondary index sorts and projects items: by index key then table key, holding all attributes or the
 * keys plus the projected ones. {@link MaintainedIndex} keeps the sorted items themselves.
 */
public final class IndexView {
    private IndexView() {
    }

    /** @return the order of an index: index partition, index sort, then table key */
    public static Comparator<Map<String, AttributeValue>> order(KeySchema table, KeySchema index) {
        Comparator<Map<String, AttributeValue>> order = by(index.partitionKey());
        if (index.hasSortKey()) {
            order = order.thenComparing(by(index.sortKey()));
        }
        order = order.thenComparing(by(table.partitionKey()));
        return table.hasSortKey() ? order.thenComparing(by(table.sortKey())) : order;
    }

    private static Comparator<Map<String, AttributeValue>> by(String attribute) {
        return Comparator.comparing(item -> item.get(attribute), PrimaryKey.SORT_ORDER);
    }

    /** @return the attributes of the item the index holds: all, or the table and index keys plus INCLUDE's */
    static Map<String, AttributeValue> project(KeySchema table, SecondaryIndex index,
                                                       Map<String, AttributeValue> item) {
        Projection projection = index.projection();
        if (projection.projectionType() == Projection.ProjectionType.ALL) {
            return item;
        }
        List<String> kept = new ArrayList<>(table.attributeNames());
        kept.addAll(index.keySchema().attributeNames());
        kept.addAll(projection.nonKeyAttributes());
        Map<String, AttributeValue> projected = new LinkedHashMap<>();
        item.forEach((name, value) -> {
            if (kept.contains(name)) {
                projected.put(name, value);
            }
        });
        return projected;
    }
}
