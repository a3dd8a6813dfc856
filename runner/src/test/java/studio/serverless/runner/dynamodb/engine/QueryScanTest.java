package studio.serverless.runner.dynamodb.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static studio.serverless.runner.dynamodb.engine.EngineFixture.TABLE;
import static studio.serverless.runner.dynamodb.engine.EngineFixture.item;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.serverless.runner.dynamodb.engine.query.QueryRequest;
import studio.serverless.runner.dynamodb.engine.query.QueryResult;
import studio.serverless.runner.dynamodb.engine.query.ScanRequest;
import studio.serverless.runner.dynamodb.engine.query.Select;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

class QueryScanTest {
    private final EngineFixture fixture = new EngineFixture().withTable();

    @BeforeEach
    void fill() {
        for (int sk : new int[] {10, 2, 33, 4, 5}) {
            fixture.put(item("pk", "a", "sk", sk, "even", sk % 2 == 0 ? "yes" : "no"));
        }
        fixture.put(item("pk", "b", "sk", 1));
    }

    private QueryResult query(String keyCondition, Map<String, AttributeValue> values, Boolean forward, Integer limit,
                              Map<String, AttributeValue> start) {
        return fixture.engine.query(new QueryRequest(TABLE, null, keyCondition, null, null, null, values, forward,
                limit, start, null));
    }

    private static List<String> sortKeys(QueryResult result) {
        return result.items().stream().map(item -> ((AttributeValue.N) item.get("sk")).text()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pk = :p|2,4,5,10,33",
        "pk = :p AND sk < :five|2,4",
        "pk = :p AND sk <= :five|2,4,5",
        "pk = :p AND sk > :five|10,33",
        "pk = :p AND sk >= :five|5,10,33",
        "pk = :p AND sk = :five|5",
        "pk = :p AND sk BETWEEN :four AND :ten|4,5,10"})
    void keyConditionsSelectSortKeysInNumericOrder(String condition, String expected) {
        Map<String, AttributeValue> values = new java.util.HashMap<>(Map.of(":p", AttributeValue.s("a")));
        for (String name : List.of(":four", ":five", ":ten")) {
            if (condition.contains(name)) {
                values.put(name, AttributeValue.n(name.equals(":four") ? "4" : name.equals(":five") ? "5" : "10"));
            }
        }
        assertEquals(List.of(expected.split(",")), sortKeys(query(condition, values, null, null, null)));
    }

    @Test
    void scanIndexForwardFalseReversesTheOrder() {
        QueryResult result = query("pk = :p", Map.of(":p", AttributeValue.s("a")), false, null, null);
        assertEquals(List.of("33", "10", "5", "4", "2"), sortKeys(result));
    }

    @Test
    void limitAndLastEvaluatedKeyPageThroughThePartition() {
        List<String> seen = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        int pages = 0;
        do {
            QueryResult page = query("pk = :p", Map.of(":p", AttributeValue.s("a")), null, 2, start);
            seen.addAll(sortKeys(page));
            start = page.lastEvaluatedKey();
            pages++;
        } while (start != null);
        assertEquals(List.of("2", "4", "5", "10", "33"), seen);
        assertEquals(3, pages);
    }

    @Test
    void filterIsCountedInScannedCountButNotCount() {
        QueryResult result = fixture.engine.query(new QueryRequest(TABLE, null, "pk = :p", "even = :y", null, null,
                Map.of(":p", AttributeValue.s("a"), ":y", AttributeValue.s("yes")), null, null, null, null));
        assertEquals(3, result.count());
        assertEquals(5, result.scannedCount());
    }

    @Test
    void selectCountReturnsNoItems() {
        QueryResult result = fixture.engine.query(new QueryRequest(TABLE, null, "pk = :p", null, null, null,
                Map.of(":p", AttributeValue.s("a")), null, null, null, Select.COUNT));
        assertEquals(0, result.items().size());
        assertEquals(5, result.count());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sk = :five|Query condition missed key schema element: pk",
        "pk = :p OR sk = :five|Query key condition not supported",
        "pk < :p|Query key condition not supported",
        "pk = :p AND other = :five|Query condition missed key schema element: sk",
        "pk = :five|One or more parameter values were invalid: Condition parameter type does not match schema type"})
    void misusedKeyConditionsFailAsAwsDoes(String condition, String message) {
        Map<String, AttributeValue> values = new java.util.HashMap<>();
        if (condition.contains(":p")) {
            values.put(":p", AttributeValue.s("a"));
        }
        values.put(":five", AttributeValue.n("5"));
        DynamoDbException error = assertThrows(DynamoDbException.class,
                () -> query(condition, values, null, null, null));
        assertEquals(message, error.getMessage());
    }

    @Test
    void filterOnAKeyAttributeIsRefusedInQuery() {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> fixture.engine.query(new QueryRequest(
                TABLE, null, "pk = :p", "sk > :p2", null, null, Map.of(":p", AttributeValue.s("a"),
                ":p2", AttributeValue.n("1")), null, null, null, null)));
        assertEquals("Filter Expression can only contain non-primary key attributes: Primary key attribute: sk",
                error.getMessage());
    }

    @Test
    void scanPagesVisitEveryItemOnce() {
        Set<Map<String, AttributeValue>> seen = new HashSet<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResult page = fixture.engine.scan(new ScanRequest(TABLE, null, null, null, null, null, 4, start,
                    null, null, null));
            seen.addAll(page.items());
            start = page.lastEvaluatedKey();
        } while (start != null);
        assertEquals(6, seen.size());
    }

    @Test
    void parallelScanSegmentsPartitionTheTable() {
        int total = 0;
        for (int segment = 0; segment < 3; segment++) {
            total += fixture.engine.scan(new ScanRequest(TABLE, null, null, null, null, null, null, null, null,
                    segment, 3)).count();
        }
        assertEquals(6, total);
    }

    @Test
    void segmentBeyondTotalSegmentsIsRefused() {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> fixture.engine.scan(
                new ScanRequest(TABLE, null, null, null, null, null, null, null, null, 3, 3)));
        assertEquals(DynamoDbError.VALIDATION, error.error());
    }

    @Test
    void lastPageHasNoLastEvaluatedKey() {
        assertNull(query("pk = :p", Map.of(":p", AttributeValue.s("b")), null, 5, null).lastEvaluatedKey());
    }
}
