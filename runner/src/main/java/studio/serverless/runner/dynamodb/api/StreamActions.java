package studio.serverless.runner.dynamodb.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.stream.RecordsPage;
import studio.serverless.runner.dynamodb.engine.stream.ShardIteratorType;
import studio.serverless.runner.dynamodb.engine.stream.StreamDescription;
import studio.serverless.runner.dynamodb.engine.stream.StreamLog;

/** The DynamoDB Streams API: ListStreams, DescribeStream, GetShardIterator and GetRecords. */
final class StreamActions {
    private static final int MAX_LIST_LIMIT = 100;

    private StreamActions() {
    }

    static Map<String, DynamoDbAction> all(StreamLog log) {
        return Map.of("ListStreams", request -> list(log, request),
                "DescribeStream", request -> describe(log, request),
                "GetShardIterator", request -> ResponseJson.object().put("ShardIterator", log.shardIterator(
                        request.requiredString("StreamArn"), request.requiredString("ShardId"),
                        request.required("ShardIteratorType", request.enumValue("ShardIteratorType",
                                ShardIteratorType.class)), request.string("SequenceNumber"))),
                "GetRecords", request -> records(log, request));
    }

    private static ObjectNode list(StreamLog log, RequestReader request) {
        int limit = limit(request, MAX_LIST_LIMIT);
        String start = request.string("ExclusiveStartStreamArn");
        List<StreamDescription> streams = log.list(request.string("TableName")).stream()
                .filter(stream -> start == null || stream.streamArn().compareTo(start) > 0).toList();
        ObjectNode node = ResponseJson.object();
        ArrayNode array = node.putArray("Streams");
        streams.stream().limit(limit).forEach(stream -> array.addObject().put("StreamArn", stream.streamArn())
                .put("TableName", stream.tableName()).put("StreamLabel", stream.streamLabel()));
        if (streams.size() > limit) {
            node.put("LastEvaluatedStreamArn", streams.get(limit - 1).streamArn());
        }
        return node;
    }

    private static ObjectNode describe(StreamLog log, RequestReader request) {
        limit(request, MAX_LIST_LIMIT);
        StreamDescription stream = log.describe(request.requiredString("StreamArn"));
        ObjectNode node = ResponseJson.object();
        ObjectNode description = node.putObject("StreamDescription").put("StreamArn", stream.streamArn())
                .put("StreamLabel", stream.streamLabel()).put("StreamStatus", stream.streamStatus())
                .put("StreamViewType", stream.streamViewType().name())
                .put("CreationRequestDateTime", ResponseJson.epochSeconds(stream.creationRequestDateTime()))
                .put("TableName", stream.tableName());
        description.set("KeySchema", TableJson.keySchema(stream.keySchema()));
        String startAfter = request.string("ExclusiveStartShardId");
        ArrayNode shards = description.putArray("Shards");
        if (startAfter == null || startAfter.compareTo(stream.shardId()) < 0) {
            ObjectNode range = shards.addObject().put("ShardId", stream.shardId()).putObject("SequenceNumberRange");
            putIfPresent(range, "StartingSequenceNumber", stream.startingSequenceNumber());
            putIfPresent(range, "EndingSequenceNumber", stream.endingSequenceNumber());
        }
        return node;
    }

    private static ObjectNode records(StreamLog log, RequestReader request) {
        int limit = limit(request, StreamLog.MAX_RECORDS);
        RecordsPage page = log.records(request.requiredString("ShardIterator"), limit);
        ObjectNode node = ResponseJson.object();
        ArrayNode records = node.putArray("Records");
        page.records().forEach(streamRecord -> records.add(StreamRecordJson.of(streamRecord)));
        putIfPresent(node, "NextShardIterator", page.nextShardIterator());
        return node;
    }

    private static int limit(RequestReader request, int max) {
        Integer limit = request.integer("Limit");
        if (limit == null) {
            return max;
        }
        if (limit < 1 || limit > max) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + limit + "' at 'limit' "
                    + "failed to satisfy constraint: Member must have value " + (limit < 1
                    ? "greater than or equal to 1" : "less than or equal to " + max));
        }
        return limit;
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
