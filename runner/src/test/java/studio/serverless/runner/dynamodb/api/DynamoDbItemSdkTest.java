package studio.serverless.runner.dynamodb.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/** PutItem, GetItem, UpdateItem and DeleteItem through the real SDK, with AWS's errors and limits. */
class DynamoDbItemSdkTest {
    private static final DynamoDbTestCloud CLOUD = new DynamoDbTestCloud();
    private static final String TABLE = CLOUD.newTable(true);
    private final DynamoDbClient dynamodb = CLOUD.dynamodb;

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    private static AttributeValue s(String text) {
        return AttributeValue.fromS(text);
    }

    private static AttributeValue n(String text) {
        return AttributeValue.fromN(text);
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("pk", s(pk), "sk", s(sk));
    }

    @Test
    void everyAttributeTypeSurvivesAPutAndGet() {
        Map<String, AttributeValue> item = Map.ofEntries(Map.entry("pk", s("types")), Map.entry("sk", s("1")),
                Map.entry("n", n("-12.50")), Map.entry("b", AttributeValue.fromB(SdkBytes.fromUtf8String("hi"))),
                Map.entry("ss", AttributeValue.fromSs(List.of("a", "b"))),
                Map.entry("ns", AttributeValue.fromNs(List.of("1", "2"))),
                Map.entry("bs", AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("x")))),
                Map.entry("m", AttributeValue.fromM(Map.of("inner", s("")))),
                Map.entry("l", AttributeValue.fromL(List.of(n("1"), AttributeValue.fromBool(true)))),
                Map.entry("null", AttributeValue.fromNul(true)), Map.entry("bool", AttributeValue.fromBool(false)));
        dynamodb.putItem(b -> b.tableName(TABLE).item(item));

        Map<String, AttributeValue> read = dynamodb.getItem(b -> b.tableName(TABLE).key(key("types", "1"))
                .consistentRead(true)).item();

        assertEquals(n("-12.5"), read.get("n"));
        assertEquals(item.entrySet().stream().filter(e -> !e.getKey().equals("n")).toList().size() + 1, read.size());
        assertEquals(item.get("m"), read.get("m"));
        assertEquals(item.get("bs"), read.get("bs"));
        assertEquals(item.get("l"), read.get("l"));
    }

    @Test
    void getItemProjectsTheNamedAttributes() {
        dynamodb.putItem(b -> b.tableName(TABLE).item(Map.of("pk", s("proj"), "sk", s("1"), "name", s("Ada"),
                "address", AttributeValue.fromM(Map.of("city", s("London"), "zip", s("N1"))))));
        Map<String, AttributeValue> read = dynamodb.getItem(b -> b.tableName(TABLE).key(key("proj", "1"))
                .projectionExpression("#n, address.city").expressionAttributeNames(Map.of("#n", "name"))).item();
        assertEquals(Map.of("name", s("Ada"), "address", AttributeValue.fromM(Map.of("city", s("London")))), read);
        assertFalse(dynamodb.getItem(b -> b.tableName(TABLE).key(key("none", "1"))).hasItem());
    }

    @Test
    void updateItemAppliesSetRemoveAddAndDeleteAndReturnsUpdatedNew() {
        dynamodb.putItem(b -> b.tableName(TABLE).item(Map.of("pk", s("upd"), "sk", s("1"), "gone", s("x"),
                "tags", AttributeValue.fromSs(List.of("a", "b")))));
        Map<String, AttributeValue> updated = dynamodb.updateItem(b -> b.tableName(TABLE).key(key("upd", "1"))
                .updateExpression("SET #c = if_not_exists(#c, :zero) + :one, hist = list_append(if_not_exists(hist, "
                        + ":empty), :h) REMOVE gone ADD visits :one DELETE tags :a")
                .expressionAttributeNames(Map.of("#c", "count"))
                .expressionAttributeValues(Map.of(":zero", n("0"), ":one", n("1"), ":empty",
                        AttributeValue.fromL(List.of()), ":h", AttributeValue.fromL(List.of(s("v1"))),
                        ":a", AttributeValue.fromSs(List.of("a"))))
                .returnValues(ReturnValue.UPDATED_NEW)).attributes();
        assertEquals(Map.of("count", n("1"), "hist", AttributeValue.fromL(List.of(s("v1"))), "visits", n("1"),
                "tags", AttributeValue.fromSs(List.of("b"))), updated);
        assertFalse(dynamodb.getItem(b -> b.tableName(TABLE).key(key("upd", "1"))).item().containsKey("gone"));
    }

    @Test
    void aFailedConditionIsConditionalCheckFailedWithTheOldItemWhenAsked() {
        Map<String, AttributeValue> item = Map.of("pk", s("cond"), "sk", s("1"), "v", n("1"));
        dynamodb.putItem(b -> b.tableName(TABLE).item(item));
        ConditionalCheckFailedException error = assertThrows(ConditionalCheckFailedException.class,
                () -> dynamodb.putItem(b -> b.tableName(TABLE).item(item).conditionExpression("attribute_not_exists(pk)")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));
        assertEquals("The conditional request failed", error.awsErrorDetails().errorMessage());
        assertEquals(item, error.item());
    }

    @Test
    void deleteItemWithAMatchingConditionReturnsTheOldItem() {
        Map<String, AttributeValue> item = Map.of("pk", s("del"), "sk", s("1"), "v", n("2"));
        dynamodb.putItem(b -> b.tableName(TABLE).item(item));
        Map<String, AttributeValue> old = dynamodb.deleteItem(b -> b.tableName(TABLE).key(key("del", "1"))
                .conditionExpression("v = :two").expressionAttributeValues(Map.of(":two", n("2")))
                .returnValues(ReturnValue.ALL_OLD)).attributes();
        assertEquals(item, old);
        assertFalse(dynamodb.getItem(b -> b.tableName(TABLE).key(key("del", "1"))).hasItem());
    }

    @Test
    void itemOperationsOnAMissingTableAreResourceNotFound() {
        ResourceNotFoundException error = assertThrows(ResourceNotFoundException.class,
                () -> dynamodb.getItem(b -> b.tableName("no-such-table").key(key("a", "b"))));
        assertEquals("Requested resource not found", error.awsErrorDetails().errorMessage());
    }

    @Test
    void anItemOver400KbIsRefused() {
        String big = "x".repeat(400 * 1024);
        assertEquals("Item size has exceeded the maximum allowed size", DynamoDbTestCloud.validationMessage(
                () -> dynamodb.putItem(b -> b.tableName(TABLE).item(Map.of("pk", s("big"), "sk", s("1"),
                        "data", s(big))))));
    }

    @Test
    void keyValuesAreCheckedForEmptinessSizeAndSchema() {
        assertEquals("One or more parameter values are not valid. The AttributeValue for a key attribute cannot "
                + "contain an empty string value. Key: pk", DynamoDbTestCloud.validationMessage(
                () -> dynamodb.putItem(b -> b.tableName(TABLE).item(key("", "1")))));
        assertEquals("One or more parameter values were invalid: Size of hashkey has exceeded the maximum size "
                + "limit of2048 bytes", DynamoDbTestCloud.validationMessage(
                () -> dynamodb.getItem(b -> b.tableName(TABLE).key(key("k".repeat(2049), "1")))));
        assertEquals("One or more parameter values were invalid: Aggregated size of all range keys has exceeded the "
                + "size limit of 1024 bytes", DynamoDbTestCloud.validationMessage(
                () -> dynamodb.putItem(b -> b.tableName(TABLE).item(key("a", "k".repeat(1025))))));
        assertEquals("The provided key element does not match the schema", DynamoDbTestCloud.validationMessage(
                () -> dynamodb.getItem(b -> b.tableName(TABLE).key(Map.of("pk", s("a"))))));
        assertEquals("One or more parameter values were invalid: Missing the key sk in the item",
                DynamoDbTestCloud.validationMessage(() -> dynamodb.putItem(b -> b.tableName(TABLE)
                        .item(Map.of("pk", s("a"))))));
    }

    @Test
    void anExpressionOver4KbIsRefused() {
        String longCondition = "attribute_exists(pk)" + " AND attribute_exists(pk)".repeat(170);
        assertEquals("Invalid ConditionExpression: Expression size has exceeded the maximum allowed size; "
                + "expression size: " + longCondition.length(), DynamoDbTestCloud.validationMessage(
                () -> dynamodb.putItem(b -> b.tableName(TABLE).item(key("p", "1")).conditionExpression(longCondition))));
    }

    @Test
    void unusedOrMissingPlaceholdersAreValidationErrors() {
        String message = DynamoDbTestCloud.validationMessage(() -> dynamodb.putItem(b -> b.tableName(TABLE)
                .item(key("p", "1")).conditionExpression("attribute_exists(pk)")
                .expressionAttributeValues(Map.of(":unused", n("1")))));
        assertTrue(message.startsWith("Value provided in ExpressionAttributeValues unused in expressions"), message);
        assertEquals("ReturnValues can only be ALL_OLD or NONE", DynamoDbTestCloud.validationMessage(
                () -> dynamodb.putItem(b -> b.tableName(TABLE).item(key("p", "1")).returnValues(ReturnValue.ALL_NEW))));
    }
}
