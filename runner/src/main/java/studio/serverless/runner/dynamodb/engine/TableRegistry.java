package studio.serverless.runner.dynamodb.engine;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import studio.serverless.runner.dynamodb.engine.store.TableStoreProvider;
import studio.serverless.runner.dynamodb.engine.stream.StreamLog;
import studio.serverless.runner.dynamodb.engine.table.CreateTableRequest;
import studio.serverless.runner.dynamodb.engine.table.TableDefinition;
import studio.serverless.runner.dynamodb.engine.table.TableDefinitions;
import studio.serverless.runner.dynamodb.engine.table.TableDescription;
import studio.serverless.runner.dynamodb.engine.table.TableUpdates;
import studio.serverless.runner.dynamodb.engine.table.UpdateTableRequest;

/** The tables of the engine by name: create, describe, list, update and delete. Thread-safe. */
final class TableRegistry {
    private static final int MAX_LIST_LIMIT = 100;

    private final ConcurrentSkipListMap<String, Table> tables = new ConcurrentSkipListMap<>();
    private final TableStoreProvider stores;
    private final Clock clock;
    private final String arnPrefix;
    private final StreamLog streamLog;
    private final TableJournal journal;

    TableRegistry(TableStoreProvider stores, Clock clock, String arnPrefix, StreamLog streamLog,
                  TableJournal journal) {
        this.stores = stores;
        this.clock = clock;
        this.arnPrefix = arnPrefix;
        this.streamLog = streamLog;
        this.journal = journal;
    }

    synchronized TableDescription create(CreateTableRequest request) {
        TableDefinition definition = TableDefinitions.create(request, arnPrefix, clock.instant());
        if (tables.containsKey(definition.name())) {
            throw DynamoDbException.of(DynamoDbError.RESOURCE_IN_USE, "Table already exists: " + definition.name());
        }
        journal.tableSaved(definition);
        Table table = new Table(definition, stores.open(definition.name()));
        tables.put(definition.name(), table);
        streamLog.tableDefined(definition);
        return TableDescriber.describe(table, "ACTIVE");
    }

    /** Puts back a stored table, before the engine serves; nothing is journalled. */
    synchronized void restore(TableDefinition definition) {
        tables.put(definition.name(), new Table(definition, stores.open(definition.name())));
        streamLog.tableDefined(definition);
    }

    /** Journals and applies a changed definition. Callers hold the table's write lock. */
    void redefine(Table table, TableDefinition changed) {
        journal.tableSaved(changed);
        table.define(changed);
        streamLog.tableDefined(changed);
    }

    /** Whether a table of that name exists. */
    synchronized boolean contains(String name) {
        return tables.containsKey(name);
    }

    /** The ARN prefix of this region and account ({@code arn:aws:dynamodb:REGION:ACCOUNT:}). */
    String arnPrefix() {
        return arnPrefix;
    }

    /** The names of every table. */
    synchronized List<String> names() {
        return List.copyOf(tables.keySet());
    }

    TableDescription describe(String name) {
        return TableDescriber.describe(described(name), "ACTIVE");
    }

    TableList list(String exclusiveStartTableName, Integer limit) {
        int pageSize = limit == null ? MAX_LIST_LIMIT : limit;
        if (pageSize < 1 || pageSize > MAX_LIST_LIMIT) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + pageSize + "' at 'limit' "
                    + "failed to satisfy constraint: Member must have value " + (pageSize < 1
                    ? "greater than or equal to 1" : "less than or equal to " + MAX_LIST_LIMIT));
        }
        var names = exclusiveStartTableName == null ? tables.keySet()
                : tables.tailMap(exclusiveStartTableName, false).keySet();
        List<String> page = names.stream().limit(pageSize + 1L).toList();
        boolean more = page.size() > pageSize;
        List<String> shown = more ? page.subList(0, pageSize) : page;
        return new TableList(shown, more ? shown.get(shown.size() - 1) : null);
    }

    TableDescription update(UpdateTableRequest request) {
        Table table = described(request.tableName());
        table.writeLock().lock();
        try {
            redefine(table, TableUpdates.apply(table.definition(), request, clock.instant()));
            return TableDescriber.describe(table, "ACTIVE");
        } finally {
            table.writeLock().unlock();
        }
    }

    synchronized TableDescription delete(String name) {
        Table table = described(name);
        table.writeLock().lock();
        try {
            TableDescription description = TableDescriber.describe(table, "DELETING");
            journal.tableDeleted(table.definition());
            tables.remove(name);
            stores.drop(name);
            streamLog.tableDeleted(table.definition());
            return description;
        } finally {
            table.writeLock().unlock();
        }
    }

    /** @return the table for an item operation, or ResourceNotFoundException */
    Table require(String name) {
        Table table = name == null ? null : tables.get(name);
        if (table == null) {
            throw DynamoDbException.resourceNotFound();
        }
        return table;
    }

    List<Table> all() {
        return List.copyOf(tables.values());
    }

    private Table described(String name) {
        Table table = name == null ? null : tables.get(name);
        if (table == null) {
            throw DynamoDbException.tableNotFound(name);
        }
        return table;
    }
}
