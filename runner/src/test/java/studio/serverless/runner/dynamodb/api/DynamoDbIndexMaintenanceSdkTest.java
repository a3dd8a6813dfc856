package studio.serverless.runner.dynamodb.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static studio.serverless.runner.dynamodb.api.DynamoDbTestCloud.key;
import static studio.serverless.runner.dynamodb.api.DynamoDbTestCloud.string;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Secondary indexes follow every kind of write: updates that move, remove or add index keys, batches, backfill. */
class DynamoDbIndexMaintenanceSdkTest {
    private static final DynamoDbTestCloud CLOUD = new DynamoDbTestCloud();
    private final DynamoDbClient dynamodb = CLOUD.dynamodb;

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    private String tableWithStatusIndex() {
        String name = "i-" + UUID.randomUUID();
        dynamodb.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string("pk"), string("status")).keySchema(key("pk", KeyType.HASH))
                .globalSecondaryIndexes(g -> g.indexName("byStatus").keySchema(key("status", KeyType.HASH),
                        key("pk", KeyType.RANGE)).projection(p -> p.projectionType(ProjectionType.ALL))));
        return name;
    }

    private void put(String table, String pk, String status) {
        dynamodb.putItem(b -> b.tableName(table).item(Map.of("pk", AttributeValue.fromS(pk),
                "status", AttributeValue.fromS(status))));
    }

    private List<String> withStatus(String table, String status) {
        return dynamodb.query(b -> b.tableName(table).indexName("byStatus").keyConditionExpression("#s = :s")
                .expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":s", AttributeValue.fromS(status)))).items().stream()
                .map(item -> item.get("pk").s()).toList();
    }

    @Test
    void updatesMoveRemoveAndDeleteIndexEntries() {
        String table = tableWithStatusIndex();
        put(table, "a", "open");
        put(table, "b", "open");
        put(table, "c", "open");
        dynamodb.updateItem(b -> b.tableName(table).key(Map.of("pk", AttributeValue.fromS("a")))
                .updateExpression("SET #s = :closed").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":closed", AttributeValue.fromS("closed"))));
        dynamodb.updateItem(b -> b.tableName(table).key(Map.of("pk", AttributeValue.fromS("b")))
                .updateExpression("REMOVE #s").expressionAttributeNames(Map.of("#s", "status")));
        dynamodb.deleteItem(b -> b.tableName(table).key(Map.of("pk", AttributeValue.fromS("c"))));

        assertEquals(List.of(), withStatus(table, "open"));
        assertEquals(List.of("a"), withStatus(table, "closed"));
        assertEquals(1L, dynamodb.describeTable(b -> b.tableName(table)).table().globalSecondaryIndexes().get(0)
                .itemCount());
    }

    @Test
    void batchWritesAreIndexedAndDescendingPagesWalkTheIndexBackwards() {
        String table = tableWithStatusIndex();
        List<WriteRequest> puts = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            String pk = "k" + i;
            puts.add(WriteRequest.builder().putRequest(p -> p.item(Map.of("pk", AttributeValue.fromS(pk),
                    "status", AttributeValue.fromS("new")))).build());
        }
        dynamodb.batchWriteItem(b -> b.requestItems(Map.of(table, puts)));

        List<String> seen = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = dynamodb.query(b -> b.tableName(table).indexName("byStatus")
                    .keyConditionExpression("#s = :s").expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(Map.of(":s", AttributeValue.fromS("new"))).scanIndexForward(false)
                    .limit(4).exclusiveStartKey(from));
            page.items().forEach(item -> seen.add(item.get("pk").s()));
            start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
        } while (start != null);

        assertEquals(List.of("k8", "k7", "k6", "k5", "k4", "k3", "k2", "k1", "k0"), seen);
    }

    @Test
    void anIndexAddedLaterHoldsTheItemsAlreadyThere() {
        String table = CLOUD.newTable(false);
        dynamodb.putItem(b -> b.tableName(table).item(Map.of("pk", AttributeValue.fromS("x"),
                "email", AttributeValue.fromS("x@example.com"))));
        dynamodb.updateTable(b -> b.tableName(table).attributeDefinitions(string("email"))
                .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder().create(c -> c.indexName("byEmail")
                        .keySchema(key("email", KeyType.HASH)).projection(p -> p.projectionType(ProjectionType
                                .KEYS_ONLY))).build()));

        List<Map<String, AttributeValue>> found = dynamodb.query(b -> b.tableName(table).indexName("byEmail")
                .keyConditionExpression("email = :e")
                .expressionAttributeValues(Map.of(":e", AttributeValue.fromS("x@example.com")))).items();

        assertEquals(List.of(Map.of("pk", AttributeValue.fromS("x"), "email", AttributeValue.fromS("x@example.com"))),
                found);
    }
}
