package studio.serverless.runner.kinesis.engine;

/** Where a shard iterator starts reading, as GetShardIterator's {@code ShardIteratorType} says. */
public enum ShardIteratorType {
    /** At the record with the given sequence number. */
    AT_SEQUENCE_NUMBER,
    /** Just after the record with the given sequence number. */
    AFTER_SEQUENCE_NUMBER,
    /** At the oldest record still kept. */
    TRIM_HORIZON,
    /** After the newest record: only records put from now on. */
    LATEST,
    /** At the first record that arrived at or after the given time. */
    AT_TIMESTAMP
}
