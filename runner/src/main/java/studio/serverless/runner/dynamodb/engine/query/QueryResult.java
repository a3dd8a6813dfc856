package studio.serverless.runner.dynamodb.engine.query;

import java.util.List;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * One page of Query or Scan.
 *
 * @param items            the items (empty with Select COUNT)
 * @param count            items after the filter
 * @param scannedCount     items evaluated before the filter
 * @param lastEvaluatedKey where the next page starts, or null on the last page
 */
public record QueryResult(List<Map<String, AttributeValue>> items, int count, int scannedCount,
                          Map<String, AttributeValue> lastEvaluatedKey) {
}
