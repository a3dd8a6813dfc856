package studio.serverless.runner.dynamodb.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static studio.serverless.runner.dynamodb.api.DynamoDbTestCloud.key;
import static studio.serverless.runner.dynamodb.api.DynamoDbTestCloud.number;
import static studio.serverless.runner.dynamodb.api.DynamoDbTestCloud.string;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** Query (table, GSI, LSI) and Scan (filter, segments, pages, COUNT) through the real SDK. */
class DynamoDbQueryScanSdkTest {
    private static final DynamoDbTestCloud CLOUD = new DynamoDbTestCloud();
    private static final String TABLE = "events";
    private final DynamoDbClient dynamodb = CLOUD.dynamodb;

    static {
        CLOUD.dynamodb.createTable(b -> b.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string("pk"), number("sk"), string("kind"), number("score"))
                .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .globalSecondaryIndexes(g -> g.indexName("byKind").keySchema(key("kind", KeyType.HASH),
                        key("sk", KeyType.RANGE)).projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)))
                .localSecondaryIndexes(l -> l.indexName("byScore").keySchema(key("pk", KeyType.HASH),
                        key("score", KeyType.RANGE)).projection(p -> p.projectionType(ProjectionType.ALL))));
        for (int i = 1; i <= 30; i++) {
            String partition = i % 2 == 0 ? "even" : "odd";
            String kind = i % 3 == 0 ? "fizz" : "plain";
            int n = i;
            CLOUD.dynamodb.putItem(b -> b.tableName(TABLE).item(Map.of("pk", s(partition), "sk", num(n),
                    "kind", s(kind), "score", num(100 - n), "payload", s("p" + n))));
        }
    }

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    private static AttributeValue s(String text) {
        return AttributeValue.fromS(text);
    }

    private static AttributeValue num(int value) {
        return AttributeValue.fromN(String.valueOf(value));
    }

    private static List<Integer> sortKeys(List<Map<String, AttributeValue>> items) {
        return items.stream().map(item -> Integer.valueOf(item.get("sk").n())).toList();
    }

    @Test
    void queryHonoursKeyConditionFilterProjectionAndDirection() {
        QueryResponse page = dynamodb.query(b -> b.tableName(TABLE)
                .keyConditionExpression("pk = :p AND sk BETWEEN :lo AND :hi")
                .filterExpression("kind = :k").projectionExpression("sk, kind")
                .expressionAttributeValues(Map.of(":p", s("odd"), ":lo", num(3), ":hi", num(21), ":k", s("fizz")))
                .scanIndexForward(false));
        assertEquals(List.of(21, 15, 9, 3), sortKeys(page.items()));
        assertEquals(Set.of("sk", "kind"), page.items().get(0).keySet());
        assertEquals(10, page.scannedCount());
        assertFalse(page.hasLastEvaluatedKey());
    }

    @Test
    void everyKeyConditionOperatorSelectsTheRightSortKeys() {
        Map<String, List<Integer>> expected = Map.of("sk = :v", List.of(8), "sk < :v", List.of(2, 4, 6),
                "sk <= :v", List.of(2, 4, 6, 8), "sk > :v", List.of(26, 28, 30),
                "sk >= :v", List.of(24, 26, 28, 30));
        Map<String, Integer> bounds = Map.of("sk = :v", 8, "sk < :v", 8, "sk <= :v", 8, "sk > :v", 24,
                "sk >= :v", 24);
        expected.forEach((condition, keys) -> assertEquals(keys, sortKeys(dynamodb.query(b -> b.tableName(TABLE)
                .keyConditionExpression("pk = :p AND " + condition)
                .expressionAttributeValues(Map.of(":p", s("even"), ":v", num(bounds.get(condition))))).items()),
                condition));
    }

    @Test
    void queryPagesWithLimitAndExclusiveStartKey() {
        List<Integer> seen = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        int pages = 0;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = dynamodb.query(b -> b.tableName(TABLE).keyConditionExpression("pk = :p")
                    .expressionAttributeValues(Map.of(":p", s("even"))).limit(4).exclusiveStartKey(from));
            seen.addAll(sortKeys(page.items()));
            start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
            pages++;
        } while (start != null);
        assertEquals(List.of(2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30), seen);
        assertEquals(4, pages);
    }

    @Test
    void aGlobalIndexQueryReturnsProjectedKeysInIndexOrder() {
        QueryResponse page = dynamodb.query(b -> b.tableName(TABLE).indexName("byKind")
                .keyConditionExpression("kind = :k AND sk > :min")
                .expressionAttributeValues(Map.of(":k", s("fizz"), ":min", num(10))));
        assertEquals(List.of(12, 15, 18, 21, 24, 27, 30), sortKeys(page.items()));
        assertEquals(Set.of("pk", "sk", "kind"), page.items().get(0).keySet());
    }

    @Test
    void aLocalIndexQueryOrdersByTheIndexSortKey() {
        QueryResponse page = dynamodb.query(b -> b.tableName(TABLE).indexName("byScore")
                .keyConditionExpression("pk = :p AND score >= :s")
                .expressionAttributeValues(Map.of(":p", s("odd"), ":s", num(95))));
        assertEquals(List.of(5, 3, 1), sortKeys(page.items()));
        assertEquals("p5", page.items().get(0).get("payload").s());
    }

    @Test
    void parallelScanSegmentsTogetherCoverTheTableOnce() {
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (int segment = 0; segment < 3; segment++) {
            int current = segment;
            for (ScanResponse page : dynamodb.scanPaginator(b -> b.tableName(TABLE).segment(current)
                    .totalSegments(3).limit(7))) {
                for (Map<String, AttributeValue> item : page.items()) {
                    seen.add(item.get("pk").s() + "/" + item.get("sk").n());
                    total++;
                }
            }
        }
        assertEquals(30, seen.size());
        assertEquals(30, total);
    }

    @Test
    void selectCountReturnsCountsWithoutItems() {
        ScanResponse page = dynamodb.scan(b -> b.tableName(TABLE).select(Select.COUNT)
                .filterExpression("kind = :k").expressionAttributeValues(Map.of(":k", s("fizz"))));
        assertEquals(10, page.count());
        assertEquals(30, page.scannedCount());
        assertFalse(page.hasItems());
    }

    @Test
    void aScanPageStopsAtOneMegabyteOfItems() {
        String big = CLOUD.newTable(false);
        String payload = "x".repeat(100 * 1024);
        for (int i = 0; i < 15; i++) {
            String pk = "big-" + i;
            dynamodb.putItem(b -> b.tableName(big).item(Map.of("pk", s(pk), "payload", s(payload))));
        }
        ScanResponse first = dynamodb.scan(b -> b.tableName(big));
        assertEquals(11, first.count());
        assertEquals(4, dynamodb.scan(b -> b.tableName(big).exclusiveStartKey(first.lastEvaluatedKey())).count());
    }

    @Test
    void selectValuesNeedWhatTheySelect() {
        assertEquals("ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName",
                DynamoDbTestCloud.validationMessage(() -> dynamodb.scan(b -> b.tableName(TABLE)
                        .select(Select.ALL_PROJECTED_ATTRIBUTES))));
        assertEquals("1 validation error detected: Must specify the AttributesToGet or ProjectionExpression when "
                + "choosing to get SPECIFIC_ATTRIBUTES", DynamoDbTestCloud.validationMessage(() -> dynamodb.query(b -> b
                .tableName(TABLE).keyConditionExpression("pk = :p").select(Select.SPECIFIC_ATTRIBUTES)
                .expressionAttributeValues(Map.of(":p", s("odd"))))));
        assertEquals(3, dynamodb.query(b -> b.tableName(TABLE).indexName("byKind").keyConditionExpression("kind = :k")
                .expressionAttributeValues(Map.of(":k", s("fizz"))).select(Select.ALL_PROJECTED_ATTRIBUTES).limit(3))
                .count());
    }

    @Test
    void aFilterOnAKeyAttributeOfAQueryIsRefused() {
        assertEquals("Filter Expression can only contain non-primary key attributes: Primary key attribute: sk",
                DynamoDbTestCloud.validationMessage(() -> dynamodb.query(b -> b.tableName(TABLE)
                        .keyConditionExpression("pk = :p").filterExpression("sk > :v")
                        .expressionAttributeValues(Map.of(":p", s("odd"), ":v", num(1))))));
        assertEquals("The table does not have the specified index: nope", DynamoDbTestCloud.validationMessage(
                () -> dynamodb.query(b -> b.tableName(TABLE).indexName("nope").keyConditionExpression("pk = :p")
                        .expressionAttributeValues(Map.of(":p", s("odd"))))));
    }
}
