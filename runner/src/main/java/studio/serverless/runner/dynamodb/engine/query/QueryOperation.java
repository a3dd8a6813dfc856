package studio.serverless.runner.dynamodb.engine.query;

import java.util.Iterator;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.expression.ConditionParser;
import studio.serverless.runner.dynamodb.engine.expression.ExpressionAttributes;
import studio.serverless.runner.dynamodb.engine.expression.ExpressionKind;
import studio.serverless.runner.dynamodb.engine.store.PrimaryKey;
import studio.serverless.runner.dynamodb.engine.store.TableStore;
import studio.serverless.runner.dynamodb.engine.table.KeySchema;
import studio.serverless.runner.dynamodb.engine.table.SecondaryIndex;
import studio.serverless.runner.dynamodb.engine.table.TableDefinition;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/** Query on a table (walking one sorted partition of the store) or on a maintained secondary index. */
public final class QueryOperation {
    private QueryOperation() {
    }

    /** @return one page of results */
    public static QueryResult query(TableDefinition table, TableStore store, Map<String, MaintainedIndex> indexes,
                                    QueryRequest request) {
        SecondaryIndex index = index(table, request.indexName());
        KeySchema key = index == null ? table.keySchema() : index.keySchema();
        ExpressionAttributes attributes = new ExpressionAttributes(request.expressionAttributeNames(),
                request.expressionAttributeValues());
        if (request.keyConditionExpression() == null) {
            throw DynamoDbException.validation("Either the KeyConditions or KeyConditionExpression parameter must be "
                    + "specified in the request.");
        }
        KeyCondition condition = KeyConditions.analyse(ConditionParser.parse(request.keyConditionExpression(),
                ExpressionKind.KeyConditionExpression, attributes), key, table.attributeTypes());
        SelectRules.check(request.select(), request.projectionExpression(), request.indexName(), true);
        ReadPlan plan = ReadPlan.of(request.filterExpression(), request.projectionExpression(), request.select(),
                request.limit(), attributes);
        attributes.requireAllUsed();
        requireFilterOnNonKeys(plan, key);
        boolean forward = request.scanIndexForward() == null || request.scanIndexForward();
        Iterator<Map<String, AttributeValue>> candidates = index == null
                ? tableCandidates(table, store, condition, request.exclusiveStartKey(), forward)
                : indexes.get(index.name()).partition(condition.partitionValue(),
                        StartKeys.indexKey(table, index, request.exclusiveStartKey()), forward);
        return Pager.page(candidates, condition::matchesSortKey, plan,
                item -> StartKeys.lastKey(table, index, item));
    }

    static SecondaryIndex index(TableDefinition table, String indexName) {
        if (indexName == null) {
            return null;
        }
        return table.index(indexName).orElseThrow(() -> DynamoDbException.validation(
                "The table does not have the specified index: " + indexName));
    }

    private static void requireFilterOnNonKeys(ReadPlan plan, KeySchema key) {
        if (plan.filter() == null) {
            return;
        }
        for (String name : key.attributeNames()) {
            if (FilterPaths.mentions(plan.filter(), name)) {
                throw DynamoDbException.validation("Filter Expression can only contain non-primary key attributes: "
                        + "Primary key attribute: " + name);
            }
        }
    }

    private static Iterator<Map<String, AttributeValue>> tableCandidates(TableDefinition table, TableStore store,
            KeyCondition condition, Map<String, AttributeValue> exclusiveStartKey, boolean forward) {
        PrimaryKey start = StartKeys.tableKey(table, exclusiveStartKey);
        return store.partition(condition.partitionValue(), start == null ? null : start.sort(), forward);
    }
}
