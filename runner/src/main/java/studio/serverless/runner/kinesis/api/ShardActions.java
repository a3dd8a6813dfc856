package studio.serverless.runner.kinesis.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import studio.serverless.runner.kinesis.engine.KinesisEngine;
import studio.serverless.runner.kinesis.engine.KinesisException;
import studio.serverless.runner.kinesis.engine.KinesisStream;
import studio.serverless.runner.kinesis.engine.RecordBatch;
import studio.serverless.runner.kinesis.engine.ShardDescription;
import studio.serverless.runner.kinesis.engine.ShardIteratorType;

/** ListShards, GetShardIterator and GetRecords. */
final class ShardActions {

    private ShardActions() {
    }

    static List<KinesisAction> all() {
        return List.of(KinesisAction.of("ListShards", ShardActions::listShards),
                KinesisAction.of("GetShardIterator", ShardActions::shardIterator),
                KinesisAction.of("GetRecords", ShardActions::getRecords));
    }

    private static ObjectNode listShards(KinesisInput input, KinesisEngine engine) {
        String token = input.string("NextToken");
        KinesisStream stream;
        String after;
        if (token != null) {
            if (input.string("StreamName") != null || input.string("StreamARN") != null) {
                throw KinesisException.invalidArgument("NextToken and StreamName cannot be provided together.");
            }
            String[] parts = Pages.parts(token, 2);
            stream = engine.stream(parts[0]);
            after = parts[1];
        } else {
            stream = StreamActions.named(input, engine);
            after = input.string("ExclusiveStartShardId");
            KinesisInput filter = input.structure("ShardFilter");
            if (filter != null && "AFTER_SHARD_ID".equals(filter.required("Type"))) {
                after = filter.string("ShardId");
            }
        }
        Pages<ShardDescription> page = Pages.after(stream.shards(), ShardDescription::shardId, after,
                Pages.limit(input.integer("MaxResults"), "maxResults", 1000));
        ObjectNode result = KinesisAction.empty();
        ArrayNode shards = result.putArray("Shards");
        page.items().forEach(shard -> shards.add(Descriptions.shard(shard)));
        if (page.more()) {
            result.put("NextToken", Pages.token(stream.name(), page.items().get(page.items().size() - 1).shardId()));
        }
        return result;
    }

    private static ObjectNode shardIterator(KinesisInput input, KinesisEngine engine) {
        KinesisStream stream = StreamActions.named(input, engine);
        String shardId = input.required("ShardId");
        String type = input.required("ShardIteratorType");
        ShardIteratorType iteratorType;
        try {
            iteratorType = ShardIteratorType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw KinesisException.validation(type, "shardIteratorType", "satisfy enum value set: "
                    + "[AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER, TRIM_HORIZON, LATEST, AT_TIMESTAMP]");
        }
        String iterator = engine.reader().shardIterator(stream.name(), shardId, iteratorType,
                input.string("StartingSequenceNumber"), input.timestamp("Timestamp"));
        return KinesisAction.empty().put("ShardIterator", iterator);
    }

    private static ObjectNode getRecords(KinesisInput input, KinesisEngine engine) {
        RecordBatch batch = engine.reader().getRecords(input.required("ShardIterator"), input.integer("Limit"));
        ObjectNode result = KinesisAction.empty();
        ArrayNode records = result.putArray("Records");
        batch.records().forEach(record -> records.add(Descriptions.record(record)));
        result.put("NextShardIterator", batch.nextShardIterator());
        result.put("MillisBehindLatest", batch.millisBehindLatest());
        return result;
    }
}
