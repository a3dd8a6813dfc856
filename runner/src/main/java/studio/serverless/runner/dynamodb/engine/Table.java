package studio.serverless.runner.dynamodb.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import studio.serverless.runner.dynamodb.engine.query.MaintainedIndex;
import studio.serverless.runner.dynamodb.engine.store.TableStore;
import studio.serverless.runner.dynamodb.engine.table.SecondaryIndex;
import studio.serverless.runner.dynamodb.engine.table.TableDefinition;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/** A live table: its current definition, its store, its maintained indexes, and the lock serialising writes. */
final class Table {
    private final TableStore store;
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile TableDefinition definition;
    private volatile Map<String, MaintainedIndex> indexes;

    Table(TableDefinition definition, TableStore store) {
        this.definition = definition;
        this.store = store;
        this.indexes = maintained(definition, Map.of());
    }

    TableDefinition definition() {
        return definition;
    }

    /** Takes a new definition; indexes it adds are built from the items, unchanged ones are kept. */
    void define(TableDefinition changed) {
        this.indexes = maintained(changed, indexes);
        this.definition = changed;
    }

    /** The secondary indexes by name, kept up to date by {@link #indexChange}. */
    Map<String, MaintainedIndex> indexes() {
        return indexes;
    }

    /** Updates every index for one stored change; callers hold the write lock. */
    void indexChange(Map<String, AttributeValue> oldItem, Map<String, AttributeValue> newItem) {
        indexes.values().forEach(index -> index.replace(oldItem, newItem));
    }

    private Map<String, MaintainedIndex> maintained(TableDefinition changed, Map<String, MaintainedIndex> current) {
        Map<String, MaintainedIndex> next = new LinkedHashMap<>();
        for (SecondaryIndex index : changed.indexes().values()) {
            MaintainedIndex existing = current.get(index.name());
            next.put(index.name(), existing != null && existing.index().equals(index) ? existing
                    : MaintainedIndex.build(changed.keySchema(), index, store));
        }
        return Map.copyOf(next);
    }

    TableStore store() {
        return store;
    }

    ReentrantLock writeLock() {
        return writeLock;
    }

    String name() {
        return definition.name();
    }
}
