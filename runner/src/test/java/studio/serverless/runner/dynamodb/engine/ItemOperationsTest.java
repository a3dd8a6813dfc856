package studio.serverless.runner.dynamodb.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static studio.serverless.runner.dynamodb.engine.EngineFixture.TABLE;
import static studio.serverless.runner.dynamodb.engine.EngineFixture.item;
import static studio.serverless.runner.dynamodb.engine.EngineFixture.key;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.serverless.runner.dynamodb.engine.item.DeleteItemRequest;
import studio.serverless.runner.dynamodb.engine.item.GetItemRequest;
import studio.serverless.runner.dynamodb.engine.item.ItemResult;
import studio.serverless.runner.dynamodb.engine.item.PutItemRequest;
import studio.serverless.runner.dynamodb.engine.item.WriteOptions;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

class ItemOperationsTest {
    private final EngineFixture fixture = new EngineFixture().withTable();
    private final DynamoDbEngine engine = fixture.engine;

    @Test
    void putItemCanBeReadBack() {
        fixture.put(item("pk", "a", "sk", 1, "note", "hi"));
        assertEquals(item("pk", "a", "sk", 1, "note", "hi"), fixture.get("a", 1));
    }

    @Test
    void putReturnsTheOldItemWhenAskedForAllOld() {
        fixture.put(item("pk", "a", "sk", 1, "v", 1));
        ItemResult result = engine.putItem(new PutItemRequest(TABLE, item("pk", "a", "sk", 1, "v", 2),
                WriteOptions.NONE.returning(ReturnValues.ALL_OLD)));
        assertEquals(item("pk", "a", "sk", 1, "v", 1), result.attributes());
    }

    @Test
    void putRefusesAllNew() {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> engine.putItem(new PutItemRequest(TABLE,
                key("a", 1), WriteOptions.NONE.returning(ReturnValues.ALL_NEW))));
        assertEquals("ReturnValues can only be ALL_OLD or NONE", error.getMessage());
    }

    @Test
    void failedConditionLeavesTheItemAndSaysSo() {
        fixture.put(item("pk", "a", "sk", 1, "v", 1));
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> engine.putItem(new PutItemRequest(TABLE,
                item("pk", "a", "sk", 1, "v", 2), WriteOptions.condition("attribute_not_exists(pk)", null, null))));
        assertEquals(DynamoDbError.CONDITIONAL_CHECK_FAILED, error.error());
        assertEquals("The conditional request failed", error.getMessage());
        assertEquals(item("pk", "a", "sk", 1, "v", 1), fixture.get("a", 1));
    }

    @Test
    void conditionFailureReturnsOldItemWhenAsked() {
        fixture.put(item("pk", "a", "sk", 1, "v", 1));
        WriteOptions options = new WriteOptions("v = :two", null, Map.of(":two", AttributeValue.n("2")), null, true);
        DynamoDbException error = assertThrows(DynamoDbException.class,
                () -> engine.deleteItem(new DeleteItemRequest(TABLE, key("a", 1), options)));
        assertEquals(item("pk", "a", "sk", 1, "v", 1), error.item());
    }

    @Test
    void deleteRemovesTheItem() {
        fixture.put(key("a", 1));
        engine.deleteItem(new DeleteItemRequest(TABLE, key("a", 1), WriteOptions.NONE));
        assertNull(fixture.get("a", 1));
    }

    @Test
    void keyOfTheWrongTypeDoesNotMatchTheSchema() {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> engine.getItem(
                new GetItemRequest(TABLE, item("pk", "a", "sk", "1"), null, null)));
        assertEquals("The provided key element does not match the schema", error.getMessage());
    }

    @Test
    void putWithoutSortKeyNamesTheMissingKey() {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> fixture.put(item("pk", "a")));
        assertEquals("One or more parameter values were invalid: Missing the key sk in the item", error.getMessage());
    }

    @Test
    void itemOverFourHundredKilobytesIsRefused() {
        String big = "x".repeat(400 * 1024);
        DynamoDbException error = assertThrows(DynamoDbException.class,
                () -> fixture.put(item("pk", "a", "sk", 1, "big", big)));
        assertEquals("Item size has exceeded the maximum allowed size", error.getMessage());
    }

    @Test
    void unknownTableIsNotFound() {
        DynamoDbException error = assertThrows(DynamoDbException.class,
                () -> engine.getItem(new GetItemRequest("missing", key("a", 1), null, null)));
        assertEquals(DynamoDbError.RESOURCE_NOT_FOUND, error.error());
    }

    @Test
    void projectionKeepsNestedPathsAndListElements() {
        fixture.put(item("pk", "a", "sk", 1, "m", new AttributeValue.M(Map.of("x", AttributeValue.s("1"),
                "y", AttributeValue.s("2"))), "l", new AttributeValue.L(List.of(AttributeValue.s("a"),
                AttributeValue.s("b"), AttributeValue.s("c")))));
        ItemResult result = engine.getItem(new GetItemRequest(TABLE, key("a", 1), "m.x, l[2]", null));
        assertEquals(item("m", new AttributeValue.M(Map.of("x", AttributeValue.s("1"))),
                "l", new AttributeValue.L(List.of(AttributeValue.s("c")))), result.attributes());
    }
}
