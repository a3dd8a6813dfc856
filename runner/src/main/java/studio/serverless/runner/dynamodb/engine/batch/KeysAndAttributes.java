package studio.serverless.runner.dynamodb.engine.batch;

import java.util.List;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * The keys read from one table by BatchGetItem.
 *
 * @param keys                     the keys
 * @param projectionExpression     the projection, or null
 * @param expressionAttributeNames names, or null
 */
public record KeysAndAttributes(List<Map<String, AttributeValue>> keys, String projectionExpression,
                                Map<String, String> expressionAttributeNames) {
}
