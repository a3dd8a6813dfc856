package studio.serverless.runner.lambda.mapping.dynamodb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import studio.serverless.runner.dynamodb.api.StreamRecordJson;
import studio.serverless.runner.dynamodb.engine.DynamoDbEngine;
import studio.serverless.runner.dynamodb.engine.stream.RecordsPage;
import studio.serverless.runner.dynamodb.engine.stream.ShardIteratorType;
import studio.serverless.runner.dynamodb.engine.stream.StreamListener;
import studio.serverless.runner.dynamodb.engine.stream.StreamLog;
import studio.serverless.runner.dynamodb.engine.stream.StreamRecord;
import studio.serverless.runner.dynamodb.engine.table.TableDescription;
import studio.serverless.runner.lambda.mapping.stream.ShardPage;
import studio.serverless.runner.lambda.mapping.stream.ShardRecord;
import studio.serverless.runner.lambda.mapping.stream.StartingPosition;
import studio.serverless.runner.lambda.mapping.stream.StreamSource;

/**
 * A table's DynamoDB stream as a mapping reads it: the engine's stream log (one shard, 24 hours), records shaped as
 * in the Lambda event ({@code eventSourceARN} is the stream ARN), and a wake-up when the table changes so a poller
 * need not wait out its poll interval.
 */
public final class DynamoDbStreamSource implements StreamSource {

    private static final Duration RETENTION = Duration.ofHours(24);

    private final DynamoDbEngine dynamoDb;
    private final StreamLog log;
    private final String streamArn;
    private final StreamListener wakeUp = this::recordWritten;
    private boolean written;

    private DynamoDbStreamSource(DynamoDbEngine dynamoDb, String streamArn) {
        this.dynamoDb = dynamoDb;
        this.log = dynamoDb.streamLog();
        this.streamArn = streamArn;
        dynamoDb.addStreamListener(wakeUp);
    }

    /**
     * The current stream of {@code tableName}.
     *
     * @throws IllegalArgumentException when the table has no stream turned on (AWS refuses such a mapping too)
     * @throws studio.serverless.runner.dynamodb.engine.DynamoDbException when there is no such table
     */
    public static DynamoDbStreamSource forTable(DynamoDbEngine dynamoDb, String tableName) {
        TableDescription table = dynamoDb.describeTable(tableName);
        boolean enabled = table.streamSpecification() != null && table.streamSpecification().streamEnabled();
        if (!enabled || table.latestStreamArn() == null) {
            throw new IllegalArgumentException("DynamoDB stream trigger of table " + tableName + ": the table's"
                    + " stream is off. Turn it on (stream view type NEW_AND_OLD_IMAGES, NEW_IMAGE, OLD_IMAGE or"
                    + " KEYS_ONLY) so Lambda can read its changes.");
        }
        return new DynamoDbStreamSource(dynamoDb, table.latestStreamArn());
    }

    @Override
    public String arn() {
        return streamArn;
    }

    @Override
    public String batchInfoField() {
        return "DDBStreamBatchInfo";
    }

    @Override
    public Duration retention() {
        return RETENTION;
    }

    @Override
    public List<String> shardIds() {
        return List.of(log.describe(streamArn).shardId());
    }

    @Override
    public String iterator(String shardId, StartingPosition position) {
        ShardIteratorType type = switch (position.type()) {
            case TRIM_HORIZON -> ShardIteratorType.TRIM_HORIZON;
            case LATEST -> ShardIteratorType.LATEST;
            case AT_TIMESTAMP -> throw new IllegalArgumentException("DynamoDB stream " + streamArn
                    + ": starting position AT_TIMESTAMP is offered for Kinesis only; use LATEST or TRIM_HORIZON");
        };
        return log.shardIterator(streamArn, shardId, type, null);
    }

    @Override
    public String iteratorAfter(String shardId, String sequenceNumber) {
        return log.shardIterator(streamArn, shardId, ShardIteratorType.AFTER_SEQUENCE_NUMBER, sequenceNumber);
    }

    @Override
    public ShardPage read(String iterator, int limit) {
        RecordsPage page = log.records(iterator, Math.min(limit, StreamLog.MAX_RECORDS));
        return new ShardPage(page.records().stream().map(DynamoDbStreamSource::shardRecord).toList(),
                page.nextShardIterator());
    }

    @Override
    public synchronized void awaitRecords(Duration timeout) throws InterruptedException {
        if (!written && !timeout.isZero() && !timeout.isNegative()) {
            wait(Math.max(1, timeout.toMillis()));
        }
        written = false;
    }

    @Override
    public void close() {
        dynamoDb.removeStreamListener(wakeUp);
    }

    private synchronized void recordWritten(StreamRecord streamRecord) {
        if (streamRecord.streamArn().equals(streamArn)) {
            written = true;
            notifyAll();
        }
    }

    private static ShardRecord shardRecord(StreamRecord streamRecord) {
        ObjectNode eventRecord = StreamRecordJson.of(streamRecord).put("eventSourceARN", streamRecord.streamArn());
        return new ShardRecord(streamRecord.sequenceNumber(), streamRecord.approximateCreationDateTime(), eventRecord);
    }
}
