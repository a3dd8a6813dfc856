package studio.serverless.runner.lambda.mapping.stream;

import java.time.Duration;
import java.util.List;

/**
 * What a stream mapping needs of a stream: its shards, iterators and reads, in the terms DynamoDB Streams and Kinesis
 * share. One implementation per service (DynamoDB Streams now; Kinesis plugs in the same way). Implementations are
 * thread-safe: each shard is read by its own poller thread.
 */
public interface StreamSource extends AutoCloseable {

    /** The stream's ARN: the events' {@code eventSourceARN} and the failure record's {@code streamArn}. */
    String arn();

    /** The field of the on-failure record that locates a discarded batch: {@code DDBStreamBatchInfo} or
     * {@code KinesisBatchInfo}. */
    String batchInfoField();

    /** How long the stream keeps a record: the age at which a failing record expires when no maximum is set. */
    Duration retention();

    /** The ids of the shards open now. */
    List<String> shardIds();

    /**
     * An iterator at a starting position of a shard.
     *
     * @throws IllegalArgumentException when this stream does not offer that position (AT_TIMESTAMP on DynamoDB)
     */
    String iterator(String shardId, StartingPosition position);

    /** An iterator just after the record with {@code sequenceNumber}, to resume reading after an error. */
    String iteratorAfter(String shardId, String sequenceNumber);

    /** Reads up to {@code limit} records at {@code iterator}. */
    ShardPage read(String iterator, int limit);

    /**
     * Waits until records may have been written since the last call, or {@code timeout} has passed; a source that
     * cannot tell simply waits. Pollers call it when a read found nothing new.
     */
    void awaitRecords(Duration timeout) throws InterruptedException;

    /** Stops listening to the stream. */
    @Override
    void close();
}
