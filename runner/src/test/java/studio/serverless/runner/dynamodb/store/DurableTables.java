package studio.serverless.runner.dynamodb.store;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.MutableClock;
import studio.serverless.runner.dynamodb.engine.DynamoDbEngine;
import studio.serverless.runner.dynamodb.engine.item.GetItemRequest;
import studio.serverless.runner.dynamodb.engine.item.PutItemRequest;
import studio.serverless.runner.dynamodb.engine.item.WriteOptions;
import studio.serverless.runner.dynamodb.engine.query.QueryRequest;
import studio.serverless.runner.dynamodb.engine.stream.StreamViewType;
import studio.serverless.runner.dynamodb.engine.table.AttributeDefinition;
import studio.serverless.runner.dynamodb.engine.table.BillingMode;
import studio.serverless.runner.dynamodb.engine.table.CreateTableRequest;
import studio.serverless.runner.dynamodb.engine.table.IndexDefinition;
import studio.serverless.runner.dynamodb.engine.table.KeySchemaElement;
import studio.serverless.runner.dynamodb.engine.table.Projection;
import studio.serverless.runner.dynamodb.engine.table.ProvisionedThroughput;
import studio.serverless.runner.dynamodb.engine.table.StreamSpecification;
import studio.serverless.runner.dynamodb.engine.value.AttributeType;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * Local clouds on one data folder, started and stopped in turn, and the table the persistence tests use:
 * "orders" keyed by customer (S) and orderNumber (N), with a GSI byStatus, an LSI byTotal, a stream and capacity.
 */
final class DurableTables {
    static final String ORDERS = "orders";

    final MutableClock clock = new MutableClock();
    private final Path data;

    DurableTables(Path data) {
        this.data = data;
    }

    LocalCloud start() {
        return LocalCloud.start(0, clock, Optional.of(data));
    }

    static CreateTableRequest ordersTable() {
        return new CreateTableRequest(ORDERS, List.of(new AttributeDefinition("customer", AttributeType.S),
                new AttributeDefinition("orderNumber", AttributeType.N),
                new AttributeDefinition("status", AttributeType.S), new AttributeDefinition("total", AttributeType.N)),
                List.of(hash("customer"), range("orderNumber")),
                List.of(new IndexDefinition("byTotal", List.of(hash("customer"), range("total")),
                        new Projection(Projection.ProjectionType.INCLUDE, List.of("note")), null)),
                List.of(new IndexDefinition("byStatus", List.of(hash("status"), range("orderNumber")),
                        new Projection(Projection.ProjectionType.KEYS_ONLY, List.of()),
                        new ProvisionedThroughput(3, 4))),
                BillingMode.PROVISIONED, new ProvisionedThroughput(5, 6),
                new StreamSpecification(true, StreamViewType.NEW_AND_OLD_IMAGES));
    }

    static KeySchemaElement hash(String name) {
        return new KeySchemaElement(name, KeySchemaElement.KeyType.HASH);
    }

    static KeySchemaElement range(String name) {
        return new KeySchemaElement(name, KeySchemaElement.KeyType.RANGE);
    }

    /** @return an item from name/value pairs; Strings become S, Numbers N, AttributeValues stay */
    static Map<String, AttributeValue> item(Object... pairs) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            item.put((String) pairs[i], value instanceof AttributeValue attribute ? attribute
                    : value instanceof Number number ? AttributeValue.N.of(number.toString())
                    : new AttributeValue.S((String) value));
        }
        return item;
    }

    static Map<String, AttributeValue> order(String customer, int orderNumber) {
        return item("customer", customer, "orderNumber", orderNumber);
    }

    static void put(DynamoDbEngine engine, String table, Map<String, AttributeValue> item) {
        engine.putItem(new PutItemRequest(table, item, WriteOptions.NONE));
    }

    static Map<String, AttributeValue> get(DynamoDbEngine engine, String table, Map<String, AttributeValue> key) {
        return engine.getItem(new GetItemRequest(table, key, null, null)).attributes();
    }

    /** @return the items of the GSI byStatus with that status, in index order */
    static List<Map<String, AttributeValue>> byStatus(DynamoDbEngine engine, String status) {
        return engine.query(new QueryRequest(ORDERS, "byStatus", "#s = :s", null, null, Map.of("#s", "status"),
                Map.of(":s", new AttributeValue.S(status)), null, null, null, null)).items();
    }
}
