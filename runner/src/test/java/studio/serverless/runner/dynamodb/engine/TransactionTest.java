package studio.serverless.runner.dynamodb.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static studio.serverless.runner.dynamodb.engine.EngineFixture.TABLE;
import static studio.serverless.runner.dynamodb.engine.EngineFixture.item;
import static studio.serverless.runner.dynamodb.engine.EngineFixture.key;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.serverless.runner.dynamodb.engine.batch.WriteRequest;
import studio.serverless.runner.dynamodb.engine.item.WriteOptions;
import studio.serverless.runner.dynamodb.engine.transact.TransactWriteItem;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

class TransactionTest {
    private final EngineFixture fixture = new EngineFixture().withTable();

    @Test
    void oneFailedConditionCancelsEveryAction() {
        fixture.put(item("pk", "a", "sk", 1, "v", 1));
        List<TransactWriteItem> actions = List.of(
                new TransactWriteItem.Put(TABLE, item("pk", "b", "sk", 1), WriteOptions.NONE),
                new TransactWriteItem.ConditionCheck(TABLE, key("a", 1),
                        WriteOptions.condition("v = :two", null, Map.of(":two", AttributeValue.n("2")))));
        DynamoDbException error = assertThrows(DynamoDbException.class,
                () -> fixture.engine.transactWriteItems(actions));
        assertEquals("Transaction cancelled, please refer cancellation reasons for specific reasons "
                + "[None, ConditionalCheckFailed]", error.getMessage());
        assertNull(fixture.get("b", 1));
    }

    @Test
    void successfulTransactionAppliesEveryAction() {
        fixture.put(item("pk", "a", "sk", 1, "v", 1));
        fixture.engine.transactWriteItems(List.of(
                new TransactWriteItem.Update(TABLE, key("a", 1), "SET v = v + :one",
                        WriteOptions.condition(null, null, Map.of(":one", AttributeValue.n("1")))),
                new TransactWriteItem.Delete(TABLE, key("c", 1), WriteOptions.NONE),
                new TransactWriteItem.Put(TABLE, item("pk", "b", "sk", 1), WriteOptions.NONE)));
        assertEquals(AttributeValue.n("2"), fixture.get("a", 1).get("v"));
        assertEquals(item("pk", "b", "sk", 1), fixture.get("b", 1));
    }

    @Test
    void twoActionsOnOneItemAreRefused() {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> fixture.engine.transactWriteItems(
                List.of(new TransactWriteItem.Put(TABLE, key("a", 1), WriteOptions.NONE),
                        new TransactWriteItem.Delete(TABLE, key("a", 1), WriteOptions.NONE))));
        assertEquals("Transaction request cannot include multiple operations on one item", error.getMessage());
    }

    @Test
    void moreThanOneHundredActionsAreRefused() {
        List<TransactWriteItem> actions = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            actions.add(new TransactWriteItem.Put(TABLE, key("a", i), WriteOptions.NONE));
        }
        assertThrows(DynamoDbException.class, () -> fixture.engine.transactWriteItems(actions));
        assertNull(fixture.get("a", 0));
    }

    @Test
    void batchWriteRefusesDuplicateKeys() {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> fixture.engine.batchWriteItem(
                Map.of(TABLE, List.of(new WriteRequest.Put(key("a", 1)), new WriteRequest.Delete(key("a", 1))))));
        assertEquals("Provided list of item keys contains duplicates", error.getMessage());
    }

    @Test
    void batchWriteRefusesMoreThanTwentyFiveRequests() {
        List<WriteRequest> requests = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            requests.add(new WriteRequest.Put(key("a", i)));
        }
        assertThrows(DynamoDbException.class, () -> fixture.engine.batchWriteItem(Map.of(TABLE, requests)));
        assertNull(fixture.get("a", 0));
    }
}
