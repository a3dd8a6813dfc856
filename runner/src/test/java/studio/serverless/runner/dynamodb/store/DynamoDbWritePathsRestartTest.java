package studio.serverless.runner.dynamodb.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static studio.serverless.runner.dynamodb.store.DurableTables.ORDERS;
import static studio.serverless.runner.dynamodb.store.DurableTables.get;
import static studio.serverless.runner.dynamodb.store.DurableTables.item;
import static studio.serverless.runner.dynamodb.store.DurableTables.order;
import static studio.serverless.runner.dynamodb.store.DurableTables.put;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.dynamodb.engine.DynamoDbEngine;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.batch.WriteRequest;
import studio.serverless.runner.dynamodb.engine.item.UpdateItemRequest;
import studio.serverless.runner.dynamodb.engine.item.WriteOptions;
import studio.serverless.runner.dynamodb.engine.transact.TransactWriteItem;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/** Items written by every write path (update, batch, transaction, TTL expiry) are the ones found after a restart. */
class DynamoDbWritePathsRestartTest {

    @TempDir
    Path data;

    private DurableTables tables;

    @BeforeEach
    void folder() {
        tables = new DurableTables(data);
    }

    private static WriteOptions values(Map<String, AttributeValue> values) {
        return new WriteOptions(null, null, values, null, false);
    }

    @Test
    void updatedItemsKeepTheirUpdatedAttributes() {
        try (LocalCloud cloud = tables.start()) {
            DynamoDbEngine engine = cloud.dynamoDb();
            engine.createTable(DurableTables.ordersTable());
            put(engine, ORDERS, item("customer", "alice", "orderNumber", 1, "count", 1, "old", "x"));
            engine.updateItem(new UpdateItemRequest(ORDERS, order("alice", 1),
                    "SET note = :n ADD #c :one REMOVE old", new WriteOptions(null, Map.of("#c", "count"),
                    Map.of(":n", new AttributeValue.S("gift"), ":one", AttributeValue.N.of("1")), null, false)));
        }

        try (LocalCloud cloud = tables.start()) {
            assertEquals(item("customer", "alice", "orderNumber", 1, "count", 2, "note", "gift"),
                    get(cloud.dynamoDb(), ORDERS, order("alice", 1)));
        }
    }

    @Test
    void batchWritesArePutAndDeletedDurably() {
        try (LocalCloud cloud = tables.start()) {
            DynamoDbEngine engine = cloud.dynamoDb();
            engine.createTable(DurableTables.ordersTable());
            put(engine, ORDERS, order("alice", 1));
            engine.batchWriteItem(Map.of(ORDERS, List.of(new WriteRequest.Put(order("bob", 2)),
                    new WriteRequest.Put(order("carol", 3)), new WriteRequest.Delete(order("alice", 1)))));
        }

        try (LocalCloud cloud = tables.start()) {
            DynamoDbEngine engine = cloud.dynamoDb();
            assertNull(get(engine, ORDERS, order("alice", 1)));
            assertEquals(order("bob", 2), get(engine, ORDERS, order("bob", 2)));
            assertEquals(order("carol", 3), get(engine, ORDERS, order("carol", 3)));
        }
    }

    @Test
    void aCommittedTransactionIsStoredWhole() {
        try (LocalCloud cloud = tables.start()) {
            DynamoDbEngine engine = cloud.dynamoDb();
            engine.createTable(DurableTables.ordersTable());
            put(engine, ORDERS, item("customer", "alice", "orderNumber", 1, "stock", 5));
            put(engine, ORDERS, order("alice", 9));
            engine.transactWriteItems(List.of(
                    new TransactWriteItem.Update(ORDERS, order("alice", 1), "SET stock = stock - :one",
                            values(Map.of(":one", AttributeValue.N.of("1")))),
                    new TransactWriteItem.Put(ORDERS, order("bob", 2), WriteOptions.NONE),
                    new TransactWriteItem.Delete(ORDERS, order("alice", 9), WriteOptions.NONE)));
        }

        try (LocalCloud cloud = tables.start()) {
            DynamoDbEngine engine = cloud.dynamoDb();
            assertEquals(item("customer", "alice", "orderNumber", 1, "stock", 4),
                    get(engine, ORDERS, order("alice", 1)));
            assertEquals(order("bob", 2), get(engine, ORDERS, order("bob", 2)));
            assertNull(get(engine, ORDERS, order("alice", 9)));
        }
    }

    @Test
    void aCancelledTransactionLeavesNothingBehind() {
        try (LocalCloud cloud = tables.start()) {
            DynamoDbEngine engine = cloud.dynamoDb();
            engine.createTable(DurableTables.ordersTable());
            assertThrows(DynamoDbException.class, () -> engine.transactWriteItems(List.of(
                    new TransactWriteItem.Put(ORDERS, order("bob", 2), WriteOptions.NONE),
                    new TransactWriteItem.ConditionCheck(ORDERS, order("alice", 1),
                            WriteOptions.condition("attribute_exists(customer)", null, null)))));
        }

        try (LocalCloud cloud = tables.start()) {
            assertNull(get(cloud.dynamoDb(), ORDERS, order("bob", 2)));
        }
    }

    @Test
    void itemsExpiredByTimeToLiveStayDeleted() {
        long inOneHour = tables.clock.instant().plus(Duration.ofHours(1)).getEpochSecond();
        try (LocalCloud cloud = tables.start()) {
            DynamoDbEngine engine = cloud.dynamoDb();
            engine.createTable(DurableTables.ordersTable());
            engine.updateTimeToLive(ORDERS, true, "expiresAt");
            put(engine, ORDERS, item("customer", "alice", "orderNumber", 1, "expiresAt", inOneHour));
            put(engine, ORDERS, item("customer", "bob", "orderNumber", 2, "expiresAt", inOneHour + 7200));
            tables.clock.advance(Duration.ofHours(2));
            assertEquals(1, engine.expireItems());
        }

        try (LocalCloud cloud = tables.start()) {
            assertNull(get(cloud.dynamoDb(), ORDERS, order("alice", 1)));
            assertEquals(1, cloud.dynamoDb().describeTable(ORDERS).itemCount());
        }
    }
}
