package studio.serverless.runner.dynamodb.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.DynamoDbEngine;
import studio.serverless.runner.dynamodb.engine.query.QueryRequest;
import studio.serverless.runner.dynamodb.engine.query.QueryResult;
import studio.serverless.runner.dynamodb.engine.query.ScanRequest;
import studio.serverless.runner.dynamodb.engine.query.Select;

/** Query and Scan: one page each, with Count, ScannedCount and LastEvaluatedKey; no Items with Select COUNT. */
final class ReadActions {
    private ReadActions() {
    }

    static Map<String, DynamoDbAction> all(DynamoDbEngine engine) {
        return Map.of("Query", request -> {
            QueryRequest query = query(request);
            return page(engine.query(query), query.select() == Select.COUNT);
        }, "Scan", request -> {
            ScanRequest scan = scan(request);
            return page(engine.scan(scan), scan.select() == Select.COUNT);
        });
    }

    private static QueryRequest query(RequestReader request) {
        ItemRequests.refuseLegacy(request);
        request.bool("ConsistentRead");
        return new QueryRequest(request.tableName(), request.string("IndexName"),
                request.string("KeyConditionExpression"), request.string("FilterExpression"),
                request.string("ProjectionExpression"), request.stringMap("ExpressionAttributeNames"),
                ItemRequests.values(request), request.bool("ScanIndexForward"), request.integer("Limit"),
                AttributeValueJson.item(request.rawMember("ExclusiveStartKey")),
                request.enumValue("Select", Select.class));
    }

    private static ScanRequest scan(RequestReader request) {
        ItemRequests.refuseLegacy(request);
        request.bool("ConsistentRead");
        return new ScanRequest(request.tableName(), request.string("IndexName"), request.string("FilterExpression"),
                request.string("ProjectionExpression"), request.stringMap("ExpressionAttributeNames"),
                ItemRequests.values(request), request.integer("Limit"),
                AttributeValueJson.item(request.rawMember("ExclusiveStartKey")),
                request.enumValue("Select", Select.class), request.integer("Segment"),
                request.integer("TotalSegments"));
    }

    private static ObjectNode page(QueryResult result, boolean countOnly) {
        ObjectNode node = ResponseJson.object();
        if (!countOnly) {
            node.set("Items", ResponseJson.items(result.items()));
        }
        node.put("Count", result.count()).put("ScannedCount", result.scannedCount());
        ResponseJson.putItem(node, "LastEvaluatedKey", result.lastEvaluatedKey());
        return node;
    }
}
