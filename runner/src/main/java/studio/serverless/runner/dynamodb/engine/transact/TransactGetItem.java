package studio.serverless.runner.dynamodb.engine.transact;

import java.util.Map;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * One Get of TransactGetItems.
 *
 * @param tableName                the table
 * @param key                      the key
 * @param projectionExpression     the projection, or null
 * @param expressionAttributeNames names, or null
 */
public record TransactGetItem(String tableName, Map<String, AttributeValue> key, String projectionExpression,
                              Map<String, String> expressionAttributeNames) {
}
