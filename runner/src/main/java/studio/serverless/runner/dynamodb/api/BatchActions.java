package studio.serverless.runner.dynamodb.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.DynamoDbEngine;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.batch.BatchGetResult;
import studio.serverless.runner.dynamodb.engine.batch.KeysAndAttributes;
import studio.serverless.runner.dynamodb.engine.batch.WriteRequest;
import studio.serverless.runner.dynamodb.engine.table.TableDefinitions;

/** BatchGetItem and BatchWriteItem; the local engine processes everything, so nothing is ever unprocessed. */
final class BatchActions {
    private BatchActions() {
    }

    static Map<String, DynamoDbAction> all(DynamoDbEngine engine) {
        return Map.of("BatchGetItem", request -> get(engine, request),
                "BatchWriteItem", request -> write(engine, request));
    }

    private static ObjectNode get(DynamoDbEngine engine, RequestReader request) {
        Map<String, KeysAndAttributes> tables = request.required("RequestItems",
                request.map("RequestItems", BatchActions::keysAndAttributes));
        if (tables.isEmpty()) {
            throw DynamoDbException.validation("1 validation error detected: Value '{}' at 'requestItems' failed to "
                    + "satisfy constraint: Member must have length greater than or equal to 1");
        }
        tables.keySet().forEach(name -> TableDefinitions.requireValidName(name, "requestItems.key"));
        BatchGetResult result = engine.batchGetItem(tables);
        ObjectNode node = ResponseJson.object();
        ObjectNode responses = node.putObject("Responses");
        result.responses().forEach((table, items) -> responses.set(table, ResponseJson.items(items)));
        node.putObject("UnprocessedKeys");
        return node;
    }

    private static KeysAndAttributes keysAndAttributes(JsonNode node) {
        RequestReader table = new RequestReader(node);
        ItemRequests.refuseLegacy(table);
        table.bool("ConsistentRead");
        List<Map<String, studio.serverless.runner.dynamodb.engine.value.AttributeValue>> keys =
                table.list("Keys", AttributeValueJson::item);
        if (keys.isEmpty()) {
            throw DynamoDbException.validation("1 validation error detected: Value at 'requestItems.member.keys' "
                    + "failed to satisfy constraint: Member must have length greater than or equal to 1");
        }
        return new KeysAndAttributes(keys, table.string("ProjectionExpression"),
                table.stringMap("ExpressionAttributeNames"));
    }

    private static ObjectNode write(DynamoDbEngine engine, RequestReader request) {
        Map<String, List<WriteRequest>> tables = request.required("RequestItems",
                request.map("RequestItems", node -> RequestReader.elements(node, BatchActions::writeRequest)));
        tables.keySet().forEach(name -> TableDefinitions.requireValidName(name, "requestItems.key"));
        engine.batchWriteItem(tables);
        ObjectNode node = ResponseJson.object();
        node.putObject("UnprocessedItems");
        return node;
    }

    private static WriteRequest writeRequest(JsonNode node) {
        RequestReader request = new RequestReader(node);
        RequestReader put = request.structure("PutRequest");
        RequestReader delete = request.structure("DeleteRequest");
        if ((put == null) == (delete == null)) {
            throw DynamoDbException.validation("Supplied WriteRequest must contain exactly one of PutRequest and "
                    + "DeleteRequest");
        }
        return put != null ? new WriteRequest.Put(ItemRequests.item(put))
                : new WriteRequest.Delete(ItemRequests.key(delete));
    }
}
