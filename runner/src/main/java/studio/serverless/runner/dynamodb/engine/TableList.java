package studio.serverless.runner.dynamodb.engine;

import java.util.List;

/**
 * One page of ListTables.
 *
 * @param tableNames              names in order
 * @param lastEvaluatedTableName  the name to continue after, or null on the last page
 */
public record TableList(List<String> tableNames, String lastEvaluatedTableName) {
}
