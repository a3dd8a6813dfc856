package studio.serverless.runner.dynamodb.engine.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import studio.serverless.runner.dynamodb.engine.DynamoDbError;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;

/**
 * One stream's single shard: its records, oldest first, trimmed after 24 hours as AWS trims them. Positions are
 * absolute (records trimmed so far plus the index in what is kept), so iterators stay valid while records go.
 */
final class LoggedStream {
    static final Duration RETENTION = Duration.ofHours(24);

    private final Deque<StreamRecord> records = new ArrayDeque<>();
    private volatile StreamDescription description;
    private long trimmed;

    LoggedStream(StreamDescription description) {
        this.description = description;
    }

    StreamDescription description() {
        return description;
    }

    synchronized void disable() {
        description = withStatus("DISABLED", records.isEmpty() ? null : records.peekLast().sequenceNumber());
    }

    synchronized void append(StreamRecord streamRecord) {
        records.addLast(streamRecord);
        Instant oldest = streamRecord.approximateCreationDateTime().minus(RETENTION);
        while (records.peekFirst().approximateCreationDateTime().isBefore(oldest)) {
            records.removeFirst();
            trimmed++;
        }
        if (description.startingSequenceNumber() == null || trimmed > 0) {
            description = new StreamDescription(description.streamArn(), description.streamLabel(),
                    description.streamStatus(), description.streamViewType(), description.creationRequestDateTime(),
                    description.tableName(), description.keySchema(), description.shardId(),
                    records.peekFirst().sequenceNumber(), description.endingSequenceNumber());
        }
    }

    /** @return the position of the first record at (or after, when {@code after}) a sequence number */
    synchronized long positionOf(String sequenceNumber, boolean after) {
        long position = trimmed;
        for (StreamRecord streamRecord : records) {
            int order = compareSequence(streamRecord.sequenceNumber(), sequenceNumber);
            if (order > 0 || order == 0 && !after) {
                return position;
            }
            position++;
        }
        return position;
    }

    synchronized long trimHorizon() {
        return trimmed;
    }

    synchronized long end() {
        return trimmed + records.size();
    }

    /** @return up to {@code limit} records from {@code position} */
    synchronized List<StreamRecord> read(long position, int limit) {
        if (position < trimmed) {
            throw DynamoDbException.of(DynamoDbError.TRIMMED_DATA_ACCESS, "The operation attempted to read past "
                    + "the oldest stream record in a shard.");
        }
        List<StreamRecord> page = new ArrayList<>();
        long index = trimmed;
        for (StreamRecord streamRecord : records) {
            if (index++ >= position && page.size() < limit) {
                page.add(streamRecord);
            }
        }
        return page;
    }

    boolean enabled() {
        return "ENABLED".equals(description.streamStatus());
    }

    private StreamDescription withStatus(String status, String endingSequenceNumber) {
        return new StreamDescription(description.streamArn(), description.streamLabel(), status,
                description.streamViewType(), description.creationRequestDateTime(), description.tableName(),
                description.keySchema(), description.shardId(), description.startingSequenceNumber(),
                endingSequenceNumber);
    }

    private static int compareSequence(String left, String right) {
        return new java.math.BigInteger(left).compareTo(new java.math.BigInteger(right));
    }
}
