package studio.serverless.runner.dynamodb.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static studio.serverless.runner.dynamodb.engine.EngineFixture.TABLE;
import static studio.serverless.runner.dynamodb.engine.EngineFixture.item;
import static studio.serverless.runner.dynamodb.engine.EngineFixture.key;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.serverless.runner.dynamodb.engine.item.ItemResult;
import studio.serverless.runner.dynamodb.engine.item.UpdateItemRequest;
import studio.serverless.runner.dynamodb.engine.item.WriteOptions;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

class UpdateItemTest {
    private static final Map<String, AttributeValue> VALUES = Map.of(":one", AttributeValue.n("1"),
            ":s", AttributeValue.SS.of(List.of("b", "c")), ":l", new AttributeValue.L(List.of(AttributeValue.n("9"))),
            ":x", AttributeValue.s("x"));

    private final EngineFixture fixture = new EngineFixture().withTable();

    private ItemResult update(String expression, Map<String, AttributeValue> values, ReturnValues returnValues) {
        return fixture.engine.updateItem(new UpdateItemRequest(TABLE, key("a", 1), expression,
                new WriteOptions(null, null, values, returnValues, false)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SET n = n + :one|n|3",
        "SET n = n - :one|n|1",
        "SET fresh = if_not_exists(fresh, :one)|fresh|1",
        "SET n = if_not_exists(n, :one)|n|2",
        "ADD n :one|n|3",
        "ADD other :one|other|1"})
    void numericUpdatesComputeFromTheOldItem(String expression, String attribute, String expected) {
        fixture.put(item("pk", "a", "sk", 1, "n", 2));
        update(expression, Map.of(":one", AttributeValue.n("1")), ReturnValues.NONE);
        assertEquals(AttributeValue.n(expected), fixture.get("a", 1).get(attribute));
    }

    @Test
    void addAndDeleteWorkOnSets() {
        fixture.put(item("pk", "a", "sk", 1, "tags", AttributeValue.SS.of(List.of("a", "b"))));
        update("ADD tags :s", Map.of(":s", VALUES.get(":s")), ReturnValues.NONE);
        update("DELETE tags :s", Map.of(":s", VALUES.get(":s")), ReturnValues.NONE);
        assertEquals(Set.of("a"), ((AttributeValue.SS) fixture.get("a", 1).get("tags")).values());
    }

    @Test
    void listAppendJoinsLists() {
        fixture.put(item("pk", "a", "sk", 1, "l", new AttributeValue.L(List.of(AttributeValue.n("1")))));
        update("SET l = list_append(l, :l)", Map.of(":l", VALUES.get(":l")), ReturnValues.NONE);
        assertEquals(new AttributeValue.L(List.of(AttributeValue.n("1"), AttributeValue.n("9"))),
                fixture.get("a", 1).get("l"));
    }

    @Test
    void updateOfMissingItemCreatesItFromTheKey() {
        update("SET v = :x", Map.of(":x", VALUES.get(":x")), ReturnValues.NONE);
        assertEquals(item("pk", "a", "sk", 1, "v", "x"), fixture.get("a", 1));
    }

    @Test
    void updatedNewReturnsOnlyTheChangedAttributes() {
        fixture.put(item("pk", "a", "sk", 1, "n", 2, "other", "keep"));
        ItemResult result = update("SET n = n + :one", Map.of(":one", AttributeValue.n("1")), ReturnValues.UPDATED_NEW);
        assertEquals(item("n", 3), result.attributes());
    }

    @Test
    void updatedOldReturnsTheFormerValues() {
        fixture.put(item("pk", "a", "sk", 1, "n", 2, "other", "keep"));
        ItemResult result = update("REMOVE n", null, ReturnValues.UPDATED_OLD);
        assertEquals(item("n", 2), result.attributes());
    }

    @Test
    void arithmeticOnAStringIsAnIncorrectOperandType() {
        fixture.put(item("pk", "a", "sk", 1, "n", "text"));
        DynamoDbException error = assertThrows(DynamoDbException.class,
                () -> update("SET n = n + :one", Map.of(":one", AttributeValue.n("1")), ReturnValues.NONE));
        assertEquals("An operand in the update expression has an incorrect data type", error.getMessage());
    }

    @Test
    void arithmeticOnAMissingAttributeIsRefused() {
        DynamoDbException error = assertThrows(DynamoDbException.class,
                () -> update("SET n = n + :one", Map.of(":one", AttributeValue.n("1")), ReturnValues.NONE));
        assertEquals("The provided expression refers to an attribute that does not exist in the item",
                error.getMessage());
    }

    @Test
    void keyAttributesCannotBeUpdated() {
        DynamoDbException error = assertThrows(DynamoDbException.class,
                () -> update("SET sk = :one", Map.of(":one", AttributeValue.n("1")), ReturnValues.NONE));
        assertEquals("One or more parameter values were invalid: Cannot update attribute sk. This attribute is part "
                + "of the key", error.getMessage());
    }

    @Test
    void setOnNestedPathOfMissingMapIsInvalid() {
        fixture.put(key("a", 1));
        DynamoDbException error = assertThrows(DynamoDbException.class,
                () -> update("SET m.x = :x", Map.of(":x", VALUES.get(":x")), ReturnValues.NONE));
        assertEquals("The document path provided in the update expression is invalid for update", error.getMessage());
    }
}
