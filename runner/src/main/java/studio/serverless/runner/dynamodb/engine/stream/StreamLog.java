package studio.serverless.runner.dynamodb.engine.stream;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import studio.serverless.runner.dynamodb.engine.DynamoDbError;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.table.TableDefinition;

/**
 * The DynamoDB Streams side of the engine: it keeps every stream's records (one shard per stream, 24 hours) and
 * answers ListStreams, DescribeStream, GetShardIterator and GetRecords. Tables tell it when a stream is enabled,
 * disabled or its table deleted; the publisher hands it records. Thread-safe.
 */
public final class StreamLog implements StreamListener {
    /** Most records one GetRecords returns. */
    public static final int MAX_RECORDS = 1000;
    private static final Pattern SEQUENCE_NUMBER = Pattern.compile("[0-9]{1,40}");

    private final Map<String, LoggedStream> streams = new ConcurrentHashMap<>();

    /** Records the table's current stream, or marks its previous one disabled. @param table the definition */
    public void tableDefined(TableDefinition table) {
        String arn = table.streamArn();
        if (arn == null) {
            return;
        }
        if (table.stream().streamEnabled()) {
            // a stream re-enabled within the same millisecond gets the same label, hence the same ARN: start afresh
            streams.compute(arn, (key, stream) -> stream != null && stream.enabled() ? stream
                    : new LoggedStream(StreamDescriptions.enabled(table)));
        } else {
            streams.computeIfPresent(arn, (key, stream) -> {
                stream.disable();
                return stream;
            });
        }
    }

    /** Marks the deleted table's stream disabled; its records stay readable, as on AWS. @param table the table */
    public void tableDeleted(TableDefinition table) {
        LoggedStream stream = table.streamArn() == null ? null : streams.get(table.streamArn());
        if (stream != null && stream.enabled()) {
            stream.disable();
        }
    }

    @Override
    public void onRecord(StreamRecord streamRecord) {
        LoggedStream stream = streams.get(streamRecord.streamArn());
        if (stream != null) {
            stream.append(streamRecord);
        }
    }

    /** ListStreams: streams by ARN, of one table or all. @return the matching streams in ARN order */
    public List<StreamDescription> list(String tableName) {
        return streams.values().stream().map(LoggedStream::description)
                .filter(description -> tableName == null || description.tableName().equals(tableName))
                .sorted(Comparator.comparing(StreamDescription::streamArn)).toList();
    }

    /** DescribeStream. @return the stream, or ResourceNotFoundException */
    public StreamDescription describe(String streamArn) {
        return require(streamArn).description();
    }

    /** GetShardIterator. @return an iterator at the asked position */
    public String shardIterator(String streamArn, String shardId, ShardIteratorType type, String sequenceNumber) {
        LoggedStream stream = require(streamArn);
        requireShard(stream, shardId);
        boolean needsNumber = type == ShardIteratorType.AT_SEQUENCE_NUMBER
                || type == ShardIteratorType.AFTER_SEQUENCE_NUMBER;
        if (needsNumber && (sequenceNumber == null || !SEQUENCE_NUMBER.matcher(sequenceNumber).matches())) {
            throw DynamoDbException.validation("Invalid SequenceNumber for ShardIteratorType " + type + ": "
                    + sequenceNumber);
        }
        long position = switch (type) {
            case TRIM_HORIZON -> stream.trimHorizon();
            case LATEST -> stream.end();
            case AT_SEQUENCE_NUMBER -> stream.positionOf(sequenceNumber, false);
            case AFTER_SEQUENCE_NUMBER -> stream.positionOf(sequenceNumber, true);
        };
        return ShardIterators.encode(streamArn, shardId, position);
    }

    /** GetRecords. @return up to {@code limit} records and the next iterator */
    public RecordsPage records(String shardIterator, int limit) {
        ShardIterators.Position position = ShardIterators.decode(shardIterator);
        LoggedStream stream = streams.get(position.streamArn());
        if (stream == null || !stream.description().shardId().equals(position.shardId())) {
            throw DynamoDbException.validation("Invalid ShardIterator");
        }
        List<StreamRecord> records = stream.read(position.index(), limit);
        long next = position.index() + records.size();
        boolean closed = !stream.enabled() && next >= stream.end();
        return new RecordsPage(records, closed ? null
                : ShardIterators.encode(position.streamArn(), position.shardId(), next));
    }

    private LoggedStream require(String streamArn) {
        LoggedStream stream = streamArn == null ? null : streams.get(streamArn);
        if (stream == null) {
            throw DynamoDbException.of(DynamoDbError.RESOURCE_NOT_FOUND, "Requested resource not found: Stream: "
                    + streamArn + " not found");
        }
        return stream;
    }

    private static void requireShard(LoggedStream stream, String shardId) {
        if (!stream.description().shardId().equals(shardId)) {
            throw DynamoDbException.of(DynamoDbError.RESOURCE_NOT_FOUND, "Requested resource not found: Shard does "
                    + "not exist");
        }
    }
}
