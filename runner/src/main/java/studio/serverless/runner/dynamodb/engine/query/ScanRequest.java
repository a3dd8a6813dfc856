package studio.serverless.runner.dynamodb.engine.query;

import java.util.Map;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * The parameters of Scan.
 *
 * @param tableName                 the table
 * @param indexName                 the index scanned, or null for the table
 * @param filterExpression          the filter, or null
 * @param projectionExpression      the projection, or null
 * @param expressionAttributeNames  names, or null
 * @param expressionAttributeValues values, or null
 * @param limit                     most items evaluated, or null
 * @param exclusiveStartKey         the LastEvaluatedKey of the previous page, or null
 * @param select                    what to return, or null
 * @param segment                   this worker's segment of a parallel scan, or null
 * @param totalSegments             number of segments of a parallel scan, or null
 */
public record ScanRequest(String tableName, String indexName, String filterExpression, String projectionExpression,
                          Map<String, String> expressionAttributeNames,
                          Map<String, AttributeValue> expressionAttributeValues, Integer limit,
                          Map<String, AttributeValue> exclusiveStartKey, Select select, Integer segment,
                          Integer totalSegments) {
}
