package studio.serverless.runner.dynamodb.engine;

import java.util.concurrent.locks.ReentrantLock;
import studio.serverless.runner.dynamodb.engine.store.TableStore;
import studio.serverless.runner.dynamodb.engine.table.TableDefinition;

/** A live table: its current definition, its store, and the lock that serialises its writes. */
final class Table {
    private final TableStore store;
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile TableDefinition definition;

    Table(TableDefinition definition, TableStore store) {
        this.definition = definition;
        this.store = store;
    }

    TableDefinition definition() {
        return definition;
    }

    void define(TableDefinition changed) {
        this.definition = changed;
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
