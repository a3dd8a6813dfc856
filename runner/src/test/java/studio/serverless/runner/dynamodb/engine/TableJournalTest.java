package studio.serverless.runner.dynamodb.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static studio.serverless.runner.dynamodb.engine.EngineFixture.TABLE;
import static studio.serverless.runner.dynamodb.engine.EngineFixture.item;
import static studio.serverless.runner.dynamodb.engine.EngineFixture.key;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.serverless.runner.dynamodb.engine.item.GetItemRequest;
import studio.serverless.runner.dynamodb.engine.item.PutItemRequest;
import studio.serverless.runner.dynamodb.engine.item.WriteOptions;
import studio.serverless.runner.dynamodb.engine.store.InMemoryTableStoreProvider;
import studio.serverless.runner.dynamodb.engine.table.AttributeDefinition;
import studio.serverless.runner.dynamodb.engine.table.CreateTableRequest;
import studio.serverless.runner.dynamodb.engine.table.KeySchemaElement;
import studio.serverless.runner.dynamodb.engine.table.TableDefinition;
import studio.serverless.runner.dynamodb.engine.transact.TransactWriteItem;
import studio.serverless.runner.dynamodb.engine.value.AttributeType;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/** The engine reports each request's changes to its journal in one call, and makes no change the journal refused. */
class TableJournalTest {
    private final List<List<ItemRecord>> calls = new ArrayList<>();
    private boolean refuse;

    private final TableJournal journal = new TableJournal() {
        @Override
        public void tableSaved(TableDefinition definition) {
            check();
        }

        @Override
        public void tableDeleted(TableDefinition definition) {
            check();
        }

        @Override
        public void itemsChanged(List<ItemRecord> changes) {
            check();
            calls.add(changes);
        }

        private void check() {
            if (refuse) {
                throw new IllegalStateException("disk full");
            }
        }
    };

    private final DynamoDbEngine engine = new DynamoDbEngine(new InMemoryTableStoreProvider(),
            new EngineFixture().clock, "us-east-1", "000000000000", journal);

    private void createTable() {
        engine.createTable(CreateTableRequest.onDemand(TABLE,
                List.of(new AttributeDefinition("pk", AttributeType.S), new AttributeDefinition("sk", AttributeType.N)),
                List.of(new KeySchemaElement("pk", KeySchemaElement.KeyType.HASH),
                        new KeySchemaElement("sk", KeySchemaElement.KeyType.RANGE))));
    }

    private void put(Map<String, AttributeValue> item) {
        engine.putItem(new PutItemRequest(TABLE, item, WriteOptions.NONE));
    }

    @Test
    void aTransactionIsReportedAsOneChangeOfAllItsItems() {
        createTable();
        engine.transactWriteItems(List.of(new TransactWriteItem.Put(TABLE, item("pk", "a", "sk", 1), null),
                new TransactWriteItem.Put(TABLE, item("pk", "b", "sk", 2), null)));
        assertEquals(1, calls.size());
        assertEquals(2, calls.get(0).size());
    }

    @Test
    void anUnchangedItemIsNotReported() {
        createTable();
        put(item("pk", "a", "sk", 1, "v", 1));
        put(item("pk", "a", "sk", 1, "v", 1));
        assertEquals(1, calls.size());
    }

    @Test
    void aWriteTheJournalRefusesIsNotMade() {
        createTable();
        put(item("pk", "a", "sk", 1, "v", 1));
        refuse = true;
        assertThrows(IllegalStateException.class, () -> put(item("pk", "a", "sk", 1, "v", 2)));
        assertThrows(IllegalStateException.class, () -> put(item("pk", "b", "sk", 1)));
        assertEquals(item("pk", "a", "sk", 1, "v", 1),
                engine.getItem(new GetItemRequest(TABLE, key("a", 1), null, null)).attributes());
        assertNull(engine.getItem(new GetItemRequest(TABLE,
                key("b", 1), null, null)).attributes());
    }

    @Test
    void aTableTheJournalRefusesIsNeitherCreatedNorDeleted() {
        refuse = true;
        assertThrows(IllegalStateException.class, this::createTable);
        assertEquals(List.of(), engine.listTables(null, null).tableNames());
        refuse = false;
        createTable();
        refuse = true;
        assertThrows(IllegalStateException.class, () -> engine.deleteTable(TABLE));
        assertEquals(List.of(TABLE), engine.listTables(null, null).tableNames());
    }
}
