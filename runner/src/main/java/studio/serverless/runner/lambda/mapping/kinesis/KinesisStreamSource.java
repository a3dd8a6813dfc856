package studio.serverless.runner.lambda.mapping.kinesis;

import java.time.Duration;
import java.util.List;
import studio.serverless.runner.kinesis.engine.KinesisEngine;
import studio.serverless.runner.kinesis.engine.RecordBatch;
import studio.serverless.runner.kinesis.engine.ShardDescription;
import studio.serverless.runner.kinesis.engine.ShardIteratorType;
import studio.serverless.runner.kinesis.engine.StreamReader;
import studio.serverless.runner.lambda.mapping.stream.ShardPage;
import studio.serverless.runner.lambda.mapping.stream.ShardRecord;
import studio.serverless.runner.lambda.mapping.stream.StartingPosition;
import studio.serverless.runner.lambda.mapping.stream.StreamSource;

/**
 * A Kinesis data stream as a mapping reads it: its shards through the engine's shard iterators (TRIM_HORIZON,
 * LATEST and AT_TIMESTAMP), records shaped as in the Lambda event, and the stream's retention as the age at which
 * a failing record expires. The engine does not announce new records, so pollers wait out their poll interval.
 */
public final class KinesisStreamSource implements StreamSource {

    private static final char SEPARATOR = ' ';

    private final KinesisEngine kinesis;
    private final StreamReader reader;
    private final String streamName;
    private final String streamArn;

    private KinesisStreamSource(KinesisEngine kinesis, String streamName) {
        this.kinesis = kinesis;
        this.reader = kinesis.reader();
        this.streamName = streamName;
        this.streamArn = kinesis.stream(streamName).arn();
    }

    /**
     * The stream called {@code streamName}.
     *
     * @throws studio.serverless.runner.kinesis.engine.KinesisException when there is no such stream
     */
    public static KinesisStreamSource forStream(KinesisEngine kinesis, String streamName) {
        return new KinesisStreamSource(kinesis, streamName);
    }

    @Override
    public String arn() {
        return streamArn;
    }

    @Override
    public String batchInfoField() {
        return "KinesisBatchInfo";
    }

    @Override
    public Duration retention() {
        return Duration.ofHours(kinesis.stream(streamName).retentionHours());
    }

    @Override
    public List<String> shardIds() {
        return reader.shards(streamName).stream().map(ShardDescription::shardId).toList();
    }

    @Override
    public String iterator(String shardId, StartingPosition position) {
        ShardIteratorType type = switch (position.type()) {
            case TRIM_HORIZON -> ShardIteratorType.TRIM_HORIZON;
            case LATEST -> ShardIteratorType.LATEST;
            case AT_TIMESTAMP -> ShardIteratorType.AT_TIMESTAMP;
        };
        return wrap(shardId, reader.shardIterator(streamName, shardId, type, null, position.timestamp()));
    }

    @Override
    public String iteratorAfter(String shardId, String sequenceNumber) {
        return wrap(shardId, reader.shardIterator(streamName, shardId, ShardIteratorType.AFTER_SEQUENCE_NUMBER,
                sequenceNumber, null));
    }

    @Override
    public ShardPage read(String iterator, int limit) {
        int separator = iterator.indexOf(SEPARATOR);
        String shardId = iterator.substring(0, separator);
        RecordBatch batch = reader.getRecords(iterator.substring(separator + 1),
                Math.min(limit, StreamReader.MAX_RECORDS_PER_GET));
        return new ShardPage(batch.records().stream().map(streamRecord -> new ShardRecord(
                streamRecord.sequenceNumber(), streamRecord.approximateArrivalTimestamp(),
                KinesisEventRecord.of(streamRecord, shardId, streamArn))).toList(),
                batch.nextShardIterator() == null ? null : wrap(shardId, batch.nextShardIterator()));
    }

    /** The engine's iterator with its shard id in front, which the event's eventID needs. */
    private static String wrap(String shardId, String iterator) {
        return shardId + SEPARATOR + iterator;
    }

    @Override
    public void awaitRecords(Duration timeout) throws InterruptedException {
        if (!timeout.isNegative() && !timeout.isZero()) {
            Thread.sleep(Math.max(1, timeout.toMillis()));
        }
    }

    @Override
    public void close() {
        // nothing to let go: the engine is read on demand
    }
}
