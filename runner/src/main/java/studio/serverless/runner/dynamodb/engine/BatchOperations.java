package studio.serverless.runner.dynamodb.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import studio.serverless.runner.dynamodb.engine.batch.BatchGetResult;
import studio.serverless.runner.dynamodb.engine.batch.KeysAndAttributes;
import studio.serverless.runner.dynamodb.engine.batch.WriteRequest;
import studio.serverless.runner.dynamodb.engine.item.GetItemRequest;
import studio.serverless.runner.dynamodb.engine.item.ItemResult;
import studio.serverless.runner.dynamodb.engine.item.WriteOptions;
import studio.serverless.runner.dynamodb.engine.store.PrimaryKey;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/** BatchGetItem (at most 100 keys) and BatchWriteItem (at most 25 requests), refusing duplicate keys. */
final class BatchOperations {
    static final int MAX_GET_KEYS = 100;
    static final int MAX_WRITE_REQUESTS = 25;

    private final TableRegistry tables;
    private final ItemWriter writer;
    private final ItemOperations items;

    BatchOperations(TableRegistry tables, ItemWriter writer, ItemOperations items) {
        this.tables = tables;
        this.writer = writer;
        this.items = items;
    }

    BatchGetResult get(Map<String, KeysAndAttributes> requestItems) {
        int total = requestItems.values().stream().mapToInt(request -> request.keys().size()).sum();
        if (total > MAX_GET_KEYS) {
            throw DynamoDbException.validation("Too many items requested for the BatchGetItem call");
        }
        Map<String, List<Map<String, AttributeValue>>> responses = new LinkedHashMap<>();
        requestItems.forEach((tableName, request) -> {
            Table table = tables.require(tableName);
            requireDistinct(request.keys().stream().map(key -> Keys.fromKey(table.definition(), key)).toList());
            List<Map<String, AttributeValue>> found = new ArrayList<>();
            for (Map<String, AttributeValue> key : request.keys()) {
                ItemResult result = items.get(new GetItemRequest(tableName, key, request.projectionExpression(),
                        request.expressionAttributeNames()));
                if (result.attributes() != null) {
                    found.add(result.attributes());
                }
            }
            responses.put(tableName, found);
        });
        return new BatchGetResult(responses);
    }

    void write(Map<String, List<WriteRequest>> requestItems) {
        int total = requestItems.values().stream().mapToInt(List::size).sum();
        if (total < 1 || total > MAX_WRITE_REQUESTS) {
            throw DynamoDbException.validation("1 validation error detected: Value at 'requestItems' failed to "
                    + "satisfy constraint: Map value must satisfy constraint: [Member must have length less than or "
                    + "equal to 25, Member must have length greater than or equal to 1]");
        }
        List<PreparedWrite> writes = new ArrayList<>();
        requestItems.forEach((tableName, requests) -> {
            Table table = tables.require(tableName);
            for (WriteRequest request : requests) {
                writes.add(request instanceof WriteRequest.Put put
                        ? WritePreparer.put(table, put.item(), WriteOptions.NONE)
                        : WritePreparer.delete(table, ((WriteRequest.Delete) request).key(), WriteOptions.NONE));
            }
            requireDistinct(writes.stream().filter(write -> write.table() == table).map(PreparedWrite::key).toList());
        });
        writes.forEach(writer::run);
    }

    private static void requireDistinct(List<PrimaryKey> keys) {
        Set<PrimaryKey> seen = new HashSet<>();
        for (PrimaryKey key : keys) {
            if (!seen.add(key)) {
                throw DynamoDbException.validation("Provided list of item keys contains duplicates");
            }
        }
    }
}
