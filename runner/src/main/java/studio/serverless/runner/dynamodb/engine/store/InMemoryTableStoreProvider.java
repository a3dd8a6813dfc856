package studio.serverless.runner.dynamodb.engine.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps every table in memory; nothing survives the process. */
public final class InMemoryTableStoreProvider implements TableStoreProvider {
    private final Map<String, InMemoryTableStore> stores = new ConcurrentHashMap<>();

    @Override
    public TableStore open(String tableName) {
        return stores.computeIfAbsent(tableName, name -> new InMemoryTableStore());
    }

    @Override
    public void drop(String tableName) {
        stores.remove(tableName);
    }
}
