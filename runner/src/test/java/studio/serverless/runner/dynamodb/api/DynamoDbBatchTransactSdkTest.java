package studio.serverless.runner.dynamodb.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** BatchGetItem, BatchWriteItem, TransactWriteItems and TransactGetItems through the real SDK, with limits. */
class DynamoDbBatchTransactSdkTest {
    private static final DynamoDbTestCloud CLOUD = new DynamoDbTestCloud();
    private static final String TABLE = CLOUD.newTable(false);
    private final DynamoDbClient dynamodb = CLOUD.dynamodb;

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    private static Map<String, AttributeValue> key(String pk) {
        return Map.of("pk", AttributeValue.fromS(pk));
    }

    private static WriteRequest put(String pk) {
        return WriteRequest.builder().putRequest(p -> p.item(Map.of("pk", AttributeValue.fromS(pk),
                "v", AttributeValue.fromN("1")))).build();
    }

    @Test
    void batchWriteThenBatchGetReturnsEveryItem() {
        List<WriteRequest> puts = IntStream.range(0, 25).mapToObj(i -> put("batch-" + i)).toList();
        assertTrue(dynamodb.batchWriteItem(b -> b.requestItems(Map.of(TABLE, puts))).unprocessedItems().isEmpty());
        dynamodb.batchWriteItem(b -> b.requestItems(Map.of(TABLE, List.of(WriteRequest.builder()
                .deleteRequest(d -> d.key(key("batch-0"))).build()))));

        BatchGetItemResponse read = dynamodb.batchGetItem(b -> b.requestItems(Map.of(TABLE, KeysAndAttributes
                .builder().keys(IntStream.range(0, 25).mapToObj(i -> key("batch-" + i)).toList())
                .projectionExpression("pk").build())));

        assertEquals(24, read.responses().get(TABLE).size());
        assertEquals(java.util.Set.of("pk"), read.responses().get(TABLE).get(0).keySet());
        assertTrue(read.unprocessedKeys().isEmpty());
    }

    @Test
    void batchLimitsAreAwsLimits() {
        List<WriteRequest> puts = IntStream.range(0, 26).mapToObj(i -> put("over-" + i)).toList();
        assertEquals("1 validation error detected: Value at 'requestItems' failed to satisfy constraint: Map value "
                + "must satisfy constraint: [Member must have length less than or equal to 25, Member must have "
                + "length greater than or equal to 1]", DynamoDbTestCloud.validationMessage(
                () -> dynamodb.batchWriteItem(b -> b.requestItems(Map.of(TABLE, puts)))));
        List<Map<String, AttributeValue>> keys = IntStream.range(0, 101).mapToObj(i -> key("k" + i)).toList();
        assertEquals("Too many items requested for the BatchGetItem call", DynamoDbTestCloud.validationMessage(
                () -> dynamodb.batchGetItem(b -> b.requestItems(Map.of(TABLE,
                        KeysAndAttributes.builder().keys(keys).build())))));
        assertEquals("Provided list of item keys contains duplicates", DynamoDbTestCloud.validationMessage(
                () -> dynamodb.batchWriteItem(b -> b.requestItems(Map.of(TABLE, List.of(put("d"), put("d")))))));
    }

    @Test
    void aTransactionWritesEverythingAndTransactGetReadsItBack() {
        dynamodb.putItem(b -> b.tableName(TABLE).item(Map.of("pk", AttributeValue.fromS("account"),
                "balance", AttributeValue.fromN("10"))));
        dynamodb.transactWriteItems(b -> b.transactItems(
                TransactWriteItem.builder().update(u -> u.tableName(TABLE).key(key("account"))
                        .updateExpression("SET balance = balance - :a").conditionExpression("balance >= :a")
                        .expressionAttributeValues(Map.of(":a", AttributeValue.fromN("4")))).build(),
                TransactWriteItem.builder().put(p -> p.tableName(TABLE).item(Map.of("pk",
                        AttributeValue.fromS("order-1")))).build()));

        var responses = dynamodb.transactGetItems(b -> b.transactItems(
                TransactGetItem.builder().get(g -> g.tableName(TABLE).key(key("account"))).build(),
                TransactGetItem.builder().get(g -> g.tableName(TABLE).key(key("missing"))).build())).responses();

        assertEquals("6", responses.get(0).item().get("balance").n());
        assertFalse(responses.get(1).hasItem());
        assertTrue(dynamodb.getItem(b -> b.tableName(TABLE).key(key("order-1"))).hasItem());
    }

    @Test
    void aFailedConditionCancelsTheWholeTransactionWithAReasonPerItem() {
        Map<String, AttributeValue> locked = Map.of("pk", AttributeValue.fromS("locked"),
                "state", AttributeValue.fromS("held"));
        dynamodb.putItem(b -> b.tableName(TABLE).item(locked));
        TransactionCanceledException error = assertThrows(TransactionCanceledException.class,
                () -> dynamodb.transactWriteItems(b -> b.transactItems(
                        TransactWriteItem.builder().put(p -> p.tableName(TABLE).item(key("never-written"))).build(),
                        TransactWriteItem.builder().conditionCheck(c -> c.tableName(TABLE).key(key("locked"))
                                .conditionExpression("#s = :free").expressionAttributeNames(Map.of("#s", "state"))
                                .expressionAttributeValues(Map.of(":free", AttributeValue.fromS("free")))
                                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
                                .build())));

        assertEquals("Transaction cancelled, please refer cancellation reasons for specific reasons [None, "
                + "ConditionalCheckFailed]", error.awsErrorDetails().errorMessage());
        List<CancellationReason> reasons = error.cancellationReasons();
        assertEquals("None", reasons.get(0).code());
        assertEquals("ConditionalCheckFailed", reasons.get(1).code());
        assertEquals("The conditional request failed", reasons.get(1).message());
        assertEquals(locked, reasons.get(1).item());
        assertFalse(dynamodb.getItem(b -> b.tableName(TABLE).key(key("never-written"))).hasItem());
    }

    @Test
    void transactionLimitsAreAwsLimits() {
        List<TransactWriteItem> many = IntStream.range(0, 101).mapToObj(i -> TransactWriteItem.builder()
                .put(p -> p.tableName(TABLE).item(key("t" + i))).build()).toList();
        assertEquals("1 validation error detected: Value at 'transactItems' failed to satisfy constraint: Member "
                + "must have length less than or equal to 100",
                DynamoDbTestCloud.validationMessage(() -> dynamodb.transactWriteItems(b -> b.transactItems(many))));
        assertEquals("Transaction request cannot include multiple operations on one item",
                DynamoDbTestCloud.validationMessage(() -> dynamodb.transactWriteItems(b -> b.transactItems(
                        TransactWriteItem.builder().put(p -> p.tableName(TABLE).item(key("same"))).build(),
                        TransactWriteItem.builder().delete(d -> d.tableName(TABLE).key(key("same"))).build()))));
    }
}
