package studio.serverless.runner.kinesis.engine;

/**
 * A shard as DescribeStream and ListShards show it. Every shard is open: the emulator does not reshard.
 *
 * @param shardId                the shard's id, {@code shardId-000000000000} and up
 * @param hashKeyRange           the hash keys it takes
 * @param startingSequenceNumber the sequence number before its first record
 */
public record ShardDescription(String shardId, HashKeyRange hashKeyRange, String startingSequenceNumber) {
}
