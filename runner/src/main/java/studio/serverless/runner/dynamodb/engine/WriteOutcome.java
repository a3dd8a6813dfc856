package studio.serverless.runner.dynamodb.engine;

import java.util.Map;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * The item before and after a write.
 *
 * @param oldItem the item before, or null
 * @param newItem the item after, or null
 */
record WriteOutcome(Map<String, AttributeValue> oldItem, Map<String, AttributeValue> newItem) {
}
