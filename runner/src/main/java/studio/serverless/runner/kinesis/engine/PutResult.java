package studio.serverless.runner.kinesis.engine;

/**
 * Where a put record landed.
 *
 * @param shardId        its shard
 * @param sequenceNumber its sequence number
 */
public record PutResult(String shardId, String sequenceNumber) {
}
