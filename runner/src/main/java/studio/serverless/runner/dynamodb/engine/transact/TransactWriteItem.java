package studio.serverless.runner.dynamodb.engine.transact;

import java.util.Map;
import studio.serverless.runner.dynamodb.engine.item.WriteOptions;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/** One action of TransactWriteItems. */
public sealed interface TransactWriteItem {
    /** @return the table */
    String tableName();

    /** @return condition and placeholders (ReturnValuesOnConditionCheckFailure as returnOldItemOnConditionFailure) */
    WriteOptions options();

    /** Put. @param tableName table @param item the item @param options condition */
    record Put(String tableName, Map<String, AttributeValue> item, WriteOptions options) implements TransactWriteItem {
    }

    /** Update. @param tableName table @param key key @param updateExpression changes @param options condition */
    record Update(String tableName, Map<String, AttributeValue> key, String updateExpression, WriteOptions options)
            implements TransactWriteItem {
    }

    /** Delete. @param tableName table @param key key @param options condition */
    record Delete(String tableName, Map<String, AttributeValue> key, WriteOptions options) implements TransactWriteItem {
    }

    /** ConditionCheck. @param tableName table @param key key @param options the condition (required) */
    record ConditionCheck(String tableName, Map<String, AttributeValue> key, WriteOptions options)
            implements TransactWriteItem {
    }
}
