package studio.serverless.runner.dynamodb.engine.item;

import java.util.Map;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * DeleteItem.
 *
 * @param tableName the table
 * @param key       the item's key
 * @param options   condition and ReturnValues (NONE or ALL_OLD)
 */
public record DeleteItemRequest(String tableName, Map<String, AttributeValue> key, WriteOptions options) {
}
