package studio.serverless.runner.dynamodb.engine.query;

import java.util.List;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.expression.Condition;
import studio.serverless.runner.dynamodb.engine.expression.ConditionEvaluator;
import studio.serverless.runner.dynamodb.engine.expression.ConditionParser;
import studio.serverless.runner.dynamodb.engine.expression.DocumentPath;
import studio.serverless.runner.dynamodb.engine.expression.ExpressionAttributes;
import studio.serverless.runner.dynamodb.engine.expression.ExpressionKind;
import studio.serverless.runner.dynamodb.engine.expression.ProjectionParser;
import studio.serverless.runner.dynamodb.engine.expression.Projector;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * The parsed filter, projection and Select of a read, and the page size limit.
 *
 * @param filter     the filter, or null
 * @param projection the projected paths (empty for all)
 * @param countOnly  whether only counts are returned
 * @param limit      most items evaluated, or null
 */
record ReadPlan(Condition filter, List<DocumentPath> projection, boolean countOnly, Integer limit) {

    static ReadPlan of(String filterExpression, String projectionExpression, Select select, Integer limit,
                       ExpressionAttributes attributes) {
        if (limit != null && limit < 1) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + limit + "' at 'limit' "
                    + "failed to satisfy constraint: Member must have value greater than or equal to 1");
        }
        Condition filter = filterExpression == null ? null
                : ConditionParser.parse(filterExpression, ExpressionKind.FilterExpression, attributes);
        List<DocumentPath> projection = projectionExpression == null ? List.of()
                : ProjectionParser.parse(projectionExpression, attributes);
        if (select == Select.COUNT && !projection.isEmpty()) {
            throw DynamoDbException.validation("Cannot specify the ProjectionExpression when choosing to get COUNT");
        }
        return new ReadPlan(filter, projection, select == Select.COUNT, limit);
    }

    boolean passesFilter(Map<String, AttributeValue> item) {
        return filter == null || ConditionEvaluator.matches(filter, item);
    }

    Map<String, AttributeValue> project(Map<String, AttributeValue> item) {
        return Projector.project(item, projection);
    }
}
