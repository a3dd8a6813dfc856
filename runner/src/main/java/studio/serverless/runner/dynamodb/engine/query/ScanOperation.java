package studio.serverless.runner.dynamodb.engine.query;

import java.util.Iterator;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.expression.ExpressionAttributes;
import studio.serverless.runner.dynamodb.engine.store.PrimaryKey;
import studio.serverless.runner.dynamodb.engine.store.TableStore;
import studio.serverless.runner.dynamodb.engine.table.SecondaryIndex;
import studio.serverless.runner.dynamodb.engine.table.TableDefinition;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * Scan of a table or index. A parallel scan assigns each partition to segment
 * {@code floorMod(partitionKey.hashCode(), TotalSegments)}, so the segments split the table deterministically.
 */
public final class ScanOperation {
    private static final int MAX_SEGMENTS = 1_000_000;

    private ScanOperation() {
    }

    /** @return one page of results */
    public static QueryResult scan(TableDefinition table, TableStore store, Map<String, MaintainedIndex> indexes,
                                   ScanRequest request) {
        SecondaryIndex index = QueryOperation.index(table, request.indexName());
        ExpressionAttributes attributes = new ExpressionAttributes(request.expressionAttributeNames(),
                request.expressionAttributeValues());
        SelectRules.check(request.select(), request.projectionExpression(), request.indexName(), false);
        ReadPlan plan = ReadPlan.of(request.filterExpression(), request.projectionExpression(), request.select(),
                request.limit(), attributes);
        attributes.requireAllUsed();
        int total = checkSegments(request.segment(), request.totalSegments());
        int segment = request.segment() == null ? 0 : request.segment();
        String partitionKey = table.keySchema().partitionKey();
        Iterator<Map<String, AttributeValue>> candidates = index == null
                ? tableCandidates(table, store, request.exclusiveStartKey())
                : indexes.get(index.name()).all(StartKeys.indexKey(table, index, request.exclusiveStartKey()));
        return Pager.page(candidates, item -> segmentOf(item.get(partitionKey), total) == segment, plan,
                item -> StartKeys.lastKey(table, index, item));
    }

    /** @return the segment of a parallel scan that holds the partition */
    public static int segmentOf(AttributeValue partitionValue, int totalSegments) {
        return Math.floorMod(partitionValue.hashCode(), totalSegments);
    }

    private static int checkSegments(Integer segment, Integer total) {
        if (segment == null && total == null) {
            return 1;
        }
        if (segment == null || total == null) {
            throw DynamoDbException.validation("The TotalSegments parameter is required but was not present in the "
                    + "request when Segment parameter is present");
        }
        if (total < 1 || total > MAX_SEGMENTS) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + total + "' at "
                    + "'totalSegments' failed to satisfy constraint: Member must have value less than or equal to "
                    + MAX_SEGMENTS);
        }
        if (segment < 0 || segment >= total) {
            throw DynamoDbException.validation("The Segment parameter is zero-based and must be less than parameter "
                    + "TotalSegments: Segment: " + segment + " is not less than TotalSegments: " + total);
        }
        return total;
    }

    private static Iterator<Map<String, AttributeValue>> tableCandidates(TableDefinition table, TableStore store,
                                                                         Map<String, AttributeValue> startKey) {
        PrimaryKey start = StartKeys.tableKey(table, startKey);
        Iterator<Map.Entry<PrimaryKey, Map<String, AttributeValue>>> entries = store.scan(start);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public Map<String, AttributeValue> next() {
                return entries.next().getValue();
            }
        };
    }
}
