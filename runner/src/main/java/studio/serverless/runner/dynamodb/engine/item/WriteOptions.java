package studio.serverless.runner.dynamodb.engine.item;

import java.util.Map;
import studio.serverless.runner.dynamodb.engine.ReturnValues;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * The condition and placeholders a write carries, and what it returns.
 *
 * @param conditionExpression              the condition, or null
 * @param expressionAttributeNames         names, or null
 * @param expressionAttributeValues        values, or null
 * @param returnValues                     what to return; null means NONE
 * @param returnOldItemOnConditionFailure  whether a failed condition returns the old item (ALL_OLD)
 */
public record WriteOptions(String conditionExpression, Map<String, String> expressionAttributeNames,
                           Map<String, AttributeValue> expressionAttributeValues, ReturnValues returnValues,
                           boolean returnOldItemOnConditionFailure) {
    /** No condition, no placeholders, return nothing. */
    public static final WriteOptions NONE = new WriteOptions(null, null, null, null, false);

    /** @return options with only a condition and its placeholders */
    public static WriteOptions condition(String expression, Map<String, String> names,
                                         Map<String, AttributeValue> values) {
        return new WriteOptions(expression, names, values, null, false);
    }

    /** @return a copy returning the given values */
    public WriteOptions returning(ReturnValues values) {
        return new WriteOptions(conditionExpression, expressionAttributeNames, expressionAttributeValues, values,
                returnOldItemOnConditionFailure);
    }
}
