package studio.serverless.runner.dynamodb.engine.item;

import java.util.Map;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * UpdateItem.
 *
 * @param tableName        the table
 * @param key              the item's key
 * @param updateExpression the changes, or null to only create the item when missing
 * @param options          condition, placeholders and ReturnValues (any of the five)
 */
public record UpdateItemRequest(String tableName, Map<String, AttributeValue> key, String updateExpression,
                                WriteOptions options) {
}
