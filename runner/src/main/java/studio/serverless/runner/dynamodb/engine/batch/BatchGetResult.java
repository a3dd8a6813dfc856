package studio.serverless.runner.dynamodb.engine.batch;

import java.util.List;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * What BatchGetItem returns; the local engine always processes every key, so UnprocessedKeys is empty.
 *
 * @param responses the items found, per table
 */
public record BatchGetResult(Map<String, List<Map<String, AttributeValue>>> responses) {
}
