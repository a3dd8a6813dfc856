package studio.serverless.runner.dynamodb.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.DynamoDbEngine;
import studio.serverless.runner.dynamodb.engine.item.DeleteItemRequest;
import studio.serverless.runner.dynamodb.engine.item.GetItemRequest;
import studio.serverless.runner.dynamodb.engine.item.ItemResult;
import studio.serverless.runner.dynamodb.engine.item.PutItemRequest;
import studio.serverless.runner.dynamodb.engine.item.UpdateItemRequest;

/** PutItem, GetItem, UpdateItem and DeleteItem. ConsistentRead is accepted: every local read is consistent. */
final class ItemActions {
    private ItemActions() {
    }

    static Map<String, DynamoDbAction> all(DynamoDbEngine engine) {
        return Map.of(
                "PutItem", request -> attributes(engine.putItem(new PutItemRequest(request.tableName(),
                        ItemRequests.item(request), ItemRequests.writeOptions(request)))),
                "DeleteItem", request -> attributes(engine.deleteItem(new DeleteItemRequest(request.tableName(),
                        ItemRequests.key(request), ItemRequests.writeOptions(request)))),
                "UpdateItem", request -> attributes(engine.updateItem(new UpdateItemRequest(request.tableName(),
                        ItemRequests.key(request), request.string("UpdateExpression"),
                        ItemRequests.writeOptions(request)))),
                "GetItem", request -> get(engine, request));
    }

    private static ObjectNode get(DynamoDbEngine engine, RequestReader request) {
        ItemRequests.refuseLegacy(request);
        request.bool("ConsistentRead");
        ItemResult result = engine.getItem(new GetItemRequest(request.tableName(), ItemRequests.key(request),
                request.string("ProjectionExpression"), request.stringMap("ExpressionAttributeNames")));
        ObjectNode node = ResponseJson.object();
        ResponseJson.putItem(node, "Item", result.attributes());
        return node;
    }

    private static ObjectNode attributes(ItemResult result) {
        ObjectNode node = ResponseJson.object();
        ResponseJson.putItem(node, "Attributes", result.attributes());
        return node;
    }
}
