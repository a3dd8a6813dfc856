package studio.serverless.runner.dynamodb.engine.item;

import java.util.Map;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * PutItem.
 *
 * @param tableName the table
 * @param item      the whole new item
 * @param options   condition and ReturnValues (NONE or ALL_OLD)
 */
public record PutItemRequest(String tableName, Map<String, AttributeValue> item, WriteOptions options) {
}
