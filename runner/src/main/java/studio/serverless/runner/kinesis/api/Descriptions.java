package studio.serverless.runner.kinesis.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.util.List;
import studio.serverless.runner.kinesis.engine.KinesisStream;
import studio.serverless.runner.kinesis.engine.ShardDescription;
import studio.serverless.runner.kinesis.engine.StreamRecord;

/** Streams, shards and records as the API model's output shapes describe them. */
final class Descriptions {

    private Descriptions() {
    }

    /** A {@code StreamDescription} with the given page of shards. */
    static ObjectNode stream(KinesisStream stream, List<ShardDescription> shards, boolean hasMoreShards) {
        ObjectNode node = common(stream);
        ArrayNode list = node.putArray("Shards");
        shards.forEach(shard -> list.add(shard(shard)));
        node.put("HasMoreShards", hasMoreShards);
        return node;
    }

    /** A {@code StreamDescriptionSummary}. */
    static ObjectNode summary(KinesisStream stream) {
        return common(stream).put("OpenShardCount", stream.shards().size()).put("ConsumerCount", 0);
    }

    /** A {@code StreamSummary}, as ListStreams lists streams. */
    static ObjectNode listed(KinesisStream stream) {
        ObjectNode node = KinesisAction.empty().put("StreamName", stream.name()).put("StreamARN", stream.arn())
                .put("StreamStatus", stream.status());
        node.putObject("StreamModeDetails").put("StreamMode", stream.mode().name());
        return node.set("StreamCreationTimestamp", new POJONode(stream.creation()));
    }

    /** A {@code Shard}. */
    static ObjectNode shard(ShardDescription shard) {
        ObjectNode node = KinesisAction.empty().put("ShardId", shard.shardId());
        node.putObject("HashKeyRange").put("StartingHashKey", shard.hashKeyRange().start().toString())
                .put("EndingHashKey", shard.hashKeyRange().end().toString());
        node.putObject("SequenceNumberRange").put("StartingSequenceNumber", shard.startingSequenceNumber());
        return node;
    }

    /** A {@code Record}. */
    static ObjectNode record(StreamRecord record) {
        ObjectNode node = KinesisAction.empty().put("SequenceNumber", record.sequenceNumber());
        node.set("ApproximateArrivalTimestamp", new POJONode(record.approximateArrivalTimestamp()));
        return node.put("Data", record.data()).put("PartitionKey", record.partitionKey());
    }

    private static ObjectNode common(KinesisStream stream) {
        ObjectNode node = KinesisAction.empty().put("StreamName", stream.name()).put("StreamARN", stream.arn())
                .put("StreamStatus", stream.status());
        node.putObject("StreamModeDetails").put("StreamMode", stream.mode().name());
        node.put("RetentionPeriodHours", stream.retentionHours());
        node.set("StreamCreationTimestamp", new POJONode(stream.creation()));
        node.putArray("EnhancedMonitoring").addObject().putArray("ShardLevelMetrics");
        return node.put("EncryptionType", "NONE");
    }
}
