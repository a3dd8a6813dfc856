package studio.serverless.runner.dynamodb.engine.item;

import java.util.Map;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * GetItem (ConsistentRead is accepted by the wire adapter; every local read is consistent).
 *
 * @param tableName                 the table
 * @param key                       the item's key
 * @param projectionExpression      the attributes returned, or null for all
 * @param expressionAttributeNames  names, or null
 */
public record GetItemRequest(String tableName, Map<String, AttributeValue> key, String projectionExpression,
                             Map<String, String> expressionAttributeNames) {
}
