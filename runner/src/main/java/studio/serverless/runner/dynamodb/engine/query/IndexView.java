package studio.serverless.runner.dynamodb.engine.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.store.PrimaryKey;
import studio.serverless.runner.dynamodb.engine.store.TableStore;
import studio.serverless.runner.dynamodb.engine.table.KeySchema;
import studio.serverless.runner.dynamodb.engine.table.Projection;
import studio.serverless.runner.dynamodb.engine.table.SecondaryIndex;
import studio.serverless.runner.dynamodb.engine.table.TableDefinition;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * A secondary index seen as sorted projected items: the items holding every index key attribute, ordered by
 * index key then table key. Built on demand from the table (a sparse index costs one pass).
 */
public final class IndexView {
    private IndexView() {
    }

    /** @return the index's projected items in index order */
    public static List<Map<String, AttributeValue>> items(TableDefinition table, TableStore store,
                                                          SecondaryIndex index) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Iterator<Map.Entry<PrimaryKey, Map<String, AttributeValue>>> all = store.scan(null);
        while (all.hasNext()) {
            Map<String, AttributeValue> item = all.next().getValue();
            if (index.keySchema().attributeNames().stream().allMatch(item::containsKey)) {
                items.add(project(table.keySchema(), index, item));
            }
        }
        items.sort(order(table.keySchema(), index.keySchema()));
        return items;
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

    private static Map<String, AttributeValue> project(KeySchema table, SecondaryIndex index,
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
