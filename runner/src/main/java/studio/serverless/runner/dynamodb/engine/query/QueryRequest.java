package studio.serverless.runner.dynamodb.engine.query;

import java.util.Map;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * The parameters of Query.
 *
 * @param tableName                 the table
 * @param indexName                 the index queried, or null for the table
 * @param keyConditionExpression    the key condition
 * @param filterExpression          the filter, or null
 * @param projectionExpression      the projection, or null
 * @param expressionAttributeNames  names, or null
 * @param expressionAttributeValues values, or null
 * @param scanIndexForward          false for descending sort key order; null means true
 * @param limit                     most items evaluated, or null
 * @param exclusiveStartKey         the LastEvaluatedKey of the previous page, or null
 * @param select                    what to return, or null
 */
public record QueryRequest(String tableName, String indexName, String keyConditionExpression,
                           String filterExpression, String projectionExpression,
                           Map<String, String> expressionAttributeNames,
                           Map<String, AttributeValue> expressionAttributeValues, Boolean scanIndexForward,
                           Integer limit, Map<String, AttributeValue> exclusiveStartKey, Select select) {
}
