package studio.serverless.runner.dynamodb.engine.query;

import java.util.Map;
import studio.serverless.runner.dynamodb.engine.expression.Condition;
import studio.serverless.runner.dynamodb.engine.expression.ConditionEvaluator;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * An analysed KeyConditionExpression: the partition key value, and the sort key condition if any.
 *
 * @param partitionValue the value the partition key equals
 * @param sortCondition  the condition on the sort key, or null
 */
public record KeyCondition(AttributeValue partitionValue, Condition sortCondition) {
    /** @return whether the item's sort key satisfies the sort condition */
    public boolean matchesSortKey(Map<String, AttributeValue> item) {
        return sortCondition == null || ConditionEvaluator.matches(sortCondition, item);
    }
}
