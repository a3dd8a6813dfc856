package studio.serverless.runner.kinesis.engine;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Reads a stream's records: over the wire through shard iterators (GetShardIterator, GetRecords), and in process
 * by sequence number, which is all an event source mapping's shard poller needs: list the shards, start at the
 * trim horizon or the tip, and read what came after the last record it handled.
 */
public final class StreamReader {

    /** The most records one GetRecords returns (and its default). */
    public static final int MAX_RECORDS_PER_GET = 10_000;

    private final KinesisEngine engine;
    private final Clock clock;

    StreamReader(KinesisEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    /** The shards of {@code stream}, in id order. */
    public List<ShardDescription> shards(String stream) {
        return engine.stream(stream).shards();
    }

    /**
     * Up to {@code limit} records of a shard that come after {@code afterSequenceNumber}, oldest first; from the
     * oldest record kept when it is null.
     */
    public List<StreamRecord> recordsAfter(String stream, String shardId, String afterSequenceNumber, int limit) {
        KinesisStream found = engine.stream(stream);
        ShardLog shard = engine.shard(found, shardId);
        BigInteger after = afterSequenceNumber == null ? BigInteger.ZERO
                : SequenceNumbers.parse(afterSequenceNumber, "sequenceNumber");
        return shard.after(after, limit, found.oldestKept(clock.instant()));
    }

    /** The sequence number of the newest record of a shard (its starting one when empty): where LATEST starts. */
    public String latestSequenceNumber(String stream, String shardId) {
        return engine.shard(engine.stream(stream), shardId).latest().toString();
    }

    /** A new shard iterator (GetShardIterator); {@code sequenceNumber} and {@code timestamp} as its type needs. */
    public String shardIterator(String stream, String shardId, ShardIteratorType type, String sequenceNumber,
            Instant timestamp) {
        KinesisStream found = engine.stream(stream);
        ShardLog shard = engine.shard(found, shardId);
        BigInteger after = switch (type) {
            case TRIM_HORIZON -> BigInteger.ZERO;
            case LATEST -> shard.latest();
            case AT_SEQUENCE_NUMBER -> ownNumber(shard, sequenceNumber, type).subtract(BigInteger.ONE);
            case AFTER_SEQUENCE_NUMBER -> ownNumber(shard, sequenceNumber, type);
            case AT_TIMESTAMP -> shard.beforeArrival(latest(required(timestamp), found.oldestKept(clock.instant())));
        };
        return new ShardIterator(found.name(), found.creation(), shardId, after, clock.instant()).token();
    }

    /** The records after an iterator's position (GetRecords), at most {@code limit} (null for 10,000). */
    public RecordBatch getRecords(String iterator, Integer limit) {
        int max = limit == null ? MAX_RECORDS_PER_GET : limit;
        if (max < 1 || max > MAX_RECORDS_PER_GET) {
            throw KinesisException.validation(Integer.toString(max), "limit", "have value "
                    + (max < 1 ? "greater than or equal to 1" : "less than or equal to " + MAX_RECORDS_PER_GET));
        }
        Instant now = clock.instant();
        ShardIterator position = ShardIterator.parse(iterator);
        position.checkFresh(now);
        KinesisStream stream = engine.stream(position.streamName());
        if (!stream.creation().equals(position.streamCreation())) {
            throw KinesisException.invalidArgument("Invalid ShardIterator.");
        }
        ShardLog shard = engine.shard(stream, position.shardId());
        Instant oldestKept = stream.oldestKept(now);
        List<StreamRecord> records = shard.after(position.after(), max, oldestKept);
        BigInteger reached = records.isEmpty() ? position.after()
                : new BigInteger(records.get(records.size() - 1).sequenceNumber());
        Instant nextArrival = shard.arrivalAfter(reached, oldestKept);
        long behind = nextArrival == null ? 0 : Math.max(0, Duration.between(nextArrival, now).toMillis());
        String next = new ShardIterator(stream.name(), stream.creation(), shard.description().shardId(), reached, now)
                .token();
        return new RecordBatch(records, next, behind);
    }

    private static BigInteger ownNumber(ShardLog shard, String sequenceNumber, ShardIteratorType type) {
        if (sequenceNumber == null) {
            throw KinesisException.invalidArgument("StartingSequenceNumber must be given for ShardIteratorType "
                    + type + ".");
        }
        BigInteger number = SequenceNumbers.parse(sequenceNumber, "startingSequenceNumber");
        int index = SequenceNumbers.shardIndexOf(sequenceNumber);
        if (index != shard.index()) {
            String encodes = index < 0 ? "no shard of this stream" : String.format("shardId-%012d", index);
            throw KinesisException.invalidArgument("Invalid StartingSequenceNumber. It encodes " + encodes
                    + ", while it was used in a call to a shard with " + shard.description().shardId());
        }
        return number;
    }

    private static Instant latest(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    private static Instant required(Instant timestamp) {
        if (timestamp == null) {
            throw KinesisException.invalidArgument("Must specify timestampInMillis parameter for iterator of type "
                    + "AT_TIMESTAMP. Current request has no timestamp parameter.");
        }
        return timestamp;
    }
}
