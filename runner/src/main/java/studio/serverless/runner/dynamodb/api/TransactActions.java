package studio.serverless.runner.dynamodb.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.DynamoDbEngine;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.item.ItemResult;
import studio.serverless.runner.dynamodb.engine.item.WriteOptions;
import studio.serverless.runner.dynamodb.engine.transact.TransactGetItem;
import studio.serverless.runner.dynamodb.engine.transact.TransactWriteItem;

/**
 * TransactWriteItems (ConditionCheck, Put, Delete, Update; all or nothing) and TransactGetItems. A
 * ClientRequestToken is accepted but not remembered: the local cloud does not deduplicate retried transactions.
 */
final class TransactActions {
    private static final List<String> WRITE_KINDS = List.of("ConditionCheck", "Put", "Delete", "Update");

    private TransactActions() {
    }

    static Map<String, DynamoDbAction> all(DynamoDbEngine engine) {
        return Map.of("TransactWriteItems", request -> write(engine, request),
                "TransactGetItems", request -> get(engine, request));
    }

    private static ObjectNode write(DynamoDbEngine engine, RequestReader request) {
        request.string("ClientRequestToken");
        requirePresent(request);
        engine.transactWriteItems(request.list("TransactItems", TransactActions::writeItem));
        return ResponseJson.object();
    }

    private static TransactWriteItem writeItem(JsonNode node) {
        RequestReader wrapper = new RequestReader(node);
        List<String> kinds = WRITE_KINDS.stream().filter(wrapper::has).toList();
        if (kinds.size() != 1) {
            throw DynamoDbException.invalidParameter("TransactItems can only contain one of Check, Put, Update or "
                    + "Delete");
        }
        RequestReader action = wrapper.structure(kinds.get(0));
        String table = action.tableName();
        WriteOptions options = ItemRequests.writeOptions(action);
        return switch (kinds.get(0)) {
            case "Put" -> new TransactWriteItem.Put(table, ItemRequests.item(action), options);
            case "Delete" -> new TransactWriteItem.Delete(table, ItemRequests.key(action), options);
            case "Update" -> new TransactWriteItem.Update(table, ItemRequests.key(action),
                    action.requiredString("UpdateExpression"), options);
            default -> new TransactWriteItem.ConditionCheck(table, ItemRequests.key(action), options);
        };
    }

    private static ObjectNode get(DynamoDbEngine engine, RequestReader request) {
        requirePresent(request);
        List<ItemResult> results = engine.transactGetItems(request.list("TransactItems", node -> {
            RequestReader get = new RequestReader(node).requiredStructure("Get");
            return new TransactGetItem(get.tableName(), ItemRequests.key(get), get.string("ProjectionExpression"),
                    get.stringMap("ExpressionAttributeNames"));
        }));
        ObjectNode node = ResponseJson.object();
        ArrayNode responses = node.putArray("Responses");
        results.forEach(result -> ResponseJson.putItem(responses.addObject(), "Item", result.attributes()));
        return node;
    }

    private static void requirePresent(RequestReader request) {
        request.required("TransactItems", request.rawMember("TransactItems"));
    }
}
