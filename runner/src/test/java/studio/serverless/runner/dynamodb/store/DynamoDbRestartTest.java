package studio.serverless.runner.dynamodb.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static studio.serverless.runner.dynamodb.store.DurableTables.ORDERS;
import static studio.serverless.runner.dynamodb.store.DurableTables.byStatus;
import static studio.serverless.runner.dynamodb.store.DurableTables.get;
import static studio.serverless.runner.dynamodb.store.DurableTables.item;
import static studio.serverless.runner.dynamodb.store.DurableTables.order;
import static studio.serverless.runner.dynamodb.store.DurableTables.put;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.dynamodb.engine.DynamoDbEngine;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.item.DeleteItemRequest;
import studio.serverless.runner.dynamodb.engine.item.WriteOptions;
import studio.serverless.runner.dynamodb.engine.stream.StreamRecord;
import studio.serverless.runner.dynamodb.engine.table.AttributeDefinition;
import studio.serverless.runner.dynamodb.engine.table.BillingMode;
import studio.serverless.runner.dynamodb.engine.table.CreateTableRequest;
import studio.serverless.runner.dynamodb.engine.table.TableDescription;
import studio.serverless.runner.dynamodb.engine.table.TimeToLiveDescription;
import studio.serverless.runner.dynamodb.engine.table.UpdateTableRequest;
import studio.serverless.runner.dynamodb.engine.value.AttributeType;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;
import studio.serverless.runner.dynamodb.engine.value.Binary;

/** With a data folder, DynamoDB tables and items come back after a restart exactly as they were. */
class DynamoDbRestartTest {

    @TempDir
    Path data;

    private DurableTables tables;

    private static final Map<String, AttributeValue> EVERY_TYPE = item("customer", "alice", "orderNumber", 1,
            "status", "open", "total", new AttributeValue.N(new BigDecimal("12345678901234567890.123456789")),
            "tiny", AttributeValue.N.of("-1.5E-129"), "photo", new AttributeValue.B(Binary.of(new byte[] {0, -1, 127})),
            "tags", AttributeValue.SS.of(List.of("b", "a", "ü")), "sizes", AttributeValue.NS.of(List.of("1", "2.50")),
            "blobs", AttributeValue.BS.of(List.of(Binary.of(new byte[] {1}), Binary.of(new byte[0]))),
            "address", new AttributeValue.M(item("city", "Zürich", "lines", new AttributeValue.L(List.of(
                    new AttributeValue.S("Main St \"1\"\n"), new AttributeValue.Null(), new AttributeValue.Bool(true),
                    new AttributeValue.M(Map.of()), new AttributeValue.L(List.of()))))),
            "empty", new AttributeValue.S(""), "gift", new AttributeValue.Bool(false), "nothing",
            new AttributeValue.Null());

    @BeforeEach
    void folder() {
        tables = new DurableTables(data);
    }

    @Test
    void tableDefinitionsSurviveARestart() {
        TableDescription before;
        try (LocalCloud cloud = tables.start()) {
            cloud.dynamoDb().createTable(DurableTables.ordersTable());
            cloud.dynamoDb().updateTimeToLive(ORDERS, true, "expiresAt");
            before = cloud.dynamoDb().describeTable(ORDERS);
        }

        try (LocalCloud cloud = tables.start()) {
            assertEquals(before, cloud.dynamoDb().describeTable(ORDERS));
            assertEquals(new TimeToLiveDescription("ENABLED", "expiresAt"),
                    cloud.dynamoDb().describeTimeToLive(ORDERS));
        }
    }

    @Test
    void everyAttributeTypeRoundTripsExactly() {
        try (LocalCloud cloud = tables.start()) {
            cloud.dynamoDb().createTable(DurableTables.ordersTable());
            put(cloud.dynamoDb(), ORDERS, EVERY_TYPE);
        }

        try (LocalCloud cloud = tables.start()) {
            assertEquals(EVERY_TYPE, get(cloud.dynamoDb(), ORDERS, order("alice", 1)));
            assertEquals(1, cloud.dynamoDb().describeTable(ORDERS).itemCount());
        }
    }

    @Test
    void globalIndexQueriesAnswerTheSameAfterARestart() {
        List<Map<String, AttributeValue>> open;
        try (LocalCloud cloud = tables.start()) {
            DynamoDbEngine engine = cloud.dynamoDb();
            engine.createTable(DurableTables.ordersTable());
            put(engine, ORDERS, item("customer", "bob", "orderNumber", 7, "status", "open", "total", 3));
            put(engine, ORDERS, item("customer", "alice", "orderNumber", 2, "status", "open", "total", 9));
            put(engine, ORDERS, item("customer", "carol", "orderNumber", 5, "status", "shipped", "total", 1));
            open = byStatus(engine, "open");
            assertEquals(2, open.size());
        }

        try (LocalCloud cloud = tables.start()) {
            assertEquals(open, byStatus(cloud.dynamoDb(), "open"));
            assertEquals(1, byStatus(cloud.dynamoDb(), "shipped").size());
        }
    }

    @Test
    void deletedItemsTablesAndIndexesStayGone() {
        try (LocalCloud cloud = tables.start()) {
            DynamoDbEngine engine = cloud.dynamoDb();
            engine.createTable(DurableTables.ordersTable());
            engine.createTable(CreateTableRequest.onDemand("gone", List.of(new AttributeDefinition("id",
                    AttributeType.S)), List.of(DurableTables.hash("id"))));
            put(engine, "gone", item("id", "x"));
            put(engine, ORDERS, item("customer", "alice", "orderNumber", 1, "status", "open"));
            put(engine, ORDERS, item("customer", "alice", "orderNumber", 2, "status", "open"));
            engine.deleteItem(new DeleteItemRequest(ORDERS, order("alice", 1), WriteOptions.NONE));
            engine.updateTable(new UpdateTableRequest(ORDERS, null, BillingMode.PAY_PER_REQUEST, null, null,
                    List.of("byStatus"), null));
            engine.deleteTable("gone");
        }

        try (LocalCloud cloud = tables.start()) {
            DynamoDbEngine engine = cloud.dynamoDb();
            assertEquals(List.of(ORDERS), engine.listTables(null, null).tableNames());
            assertNull(get(engine, ORDERS, order("alice", 1)));
            assertEquals(List.of(), engine.describeTable(ORDERS).globalSecondaryIndexes());
            assertEquals(BillingMode.PAY_PER_REQUEST, engine.describeTable(ORDERS).billingMode());
            assertThrows(DynamoDbException.class, () -> engine.describeTable("gone"));
        }
    }

    @Test
    void aTableRecreatedUnderTheSameNameStartsEmptyAfterARestart() {
        try (LocalCloud cloud = tables.start()) {
            DynamoDbEngine engine = cloud.dynamoDb();
            engine.createTable(DurableTables.ordersTable());
            put(engine, ORDERS, order("alice", 1));
            engine.deleteTable(ORDERS);
            engine.createTable(DurableTables.ordersTable());
            put(engine, ORDERS, order("bob", 2));
        }

        try (LocalCloud cloud = tables.start()) {
            assertNull(get(cloud.dynamoDb(), ORDERS, order("alice", 1)));
            assertEquals(order("bob", 2), get(cloud.dynamoDb(), ORDERS, order("bob", 2)));
        }
    }

    @Test
    void theStreamKeepsItsArnAndPublishesChangesAfterARestart() {
        String streamArn;
        try (LocalCloud cloud = tables.start()) {
            streamArn = cloud.dynamoDb().createTable(DurableTables.ordersTable()).latestStreamArn();
        }

        try (LocalCloud cloud = tables.start()) {
            List<StreamRecord> records = new ArrayList<>();
            cloud.dynamoDb().addStreamListener(records::add);
            put(cloud.dynamoDb(), ORDERS, order("alice", 1));
            assertEquals(streamArn, cloud.dynamoDb().describeTable(ORDERS).latestStreamArn());
            assertEquals(List.of(StreamRecord.EventName.INSERT),
                    records.stream().map(StreamRecord::eventName).toList());
        }
    }
}
