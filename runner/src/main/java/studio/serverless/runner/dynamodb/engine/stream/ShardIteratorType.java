package studio.serverless.runner.dynamodb.engine.stream;

/** Where GetShardIterator starts reading a shard. */
public enum ShardIteratorType {
    /** At the oldest record still kept. */ TRIM_HORIZON,
    /** After the newest record: only later changes are read. */ LATEST,
    /** At the record with the given sequence number. */ AT_SEQUENCE_NUMBER,
    /** Just after the record with the given sequence number. */ AFTER_SEQUENCE_NUMBER
}
