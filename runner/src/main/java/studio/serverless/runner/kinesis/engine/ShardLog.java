package studio.serverless.runner.kinesis.engine;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One shard's records in arrival order, with their sequence numbers as numbers for binary search. Positions are
 * sequence numbers (read what comes after one), so trimming expired records never moves an iterator. Reads skip
 * records older than the retention period; puts remove them (and tell the journal).
 */
final class ShardLog {

    private final ShardDescription description;
    private final int index;
    private final Instant streamCreation;
    private final List<StreamRecord> records = new ArrayList<>();
    private final List<BigInteger> numbers = new ArrayList<>();
    private long counter;

    ShardLog(int index, HashKeyRange range, Instant streamCreation) {
        this.index = index;
        this.streamCreation = streamCreation;
        this.description = new ShardDescription(String.format("shardId-%012d", index), range,
                SequenceNumbers.of(streamCreation, index, 0));
    }

    ShardDescription description() {
        return description;
    }

    int index() {
        return index;
    }

    /** The next sequence number, never handed out again (a put that fails leaves a gap, as AWS's have). */
    synchronized String reserve() {
        counter++;
        return SequenceNumbers.of(streamCreation, index, counter);
    }

    /** Appends a record whose sequence number comes after every record's here (reserved, or restored). */
    synchronized void append(StreamRecord record) {
        records.add(record);
        numbers.add(new BigInteger(record.sequenceNumber()));
        counter = Math.max(counter, SequenceNumbers.counterOf(record.sequenceNumber()));
    }

    /** Up to {@code limit} records after {@code after} that arrived at or after {@code oldestKept}. */
    synchronized List<StreamRecord> after(BigInteger after, int limit, Instant oldestKept) {
        int from = Math.max(firstAfter(after), expiredCount(oldestKept));
        return List.copyOf(records.subList(from, Math.min(records.size(), from + limit)));
    }

    /** The arrival time of the first readable record after {@code after}, or null when there is none. */
    synchronized Instant arrivalAfter(BigInteger after, Instant oldestKept) {
        int from = Math.max(firstAfter(after), expiredCount(oldestKept));
        return from < records.size() ? records.get(from).approximateArrivalTimestamp() : null;
    }

    /** The sequence number of the newest record, or the shard's starting one when it has none. */
    synchronized BigInteger latest() {
        return numbers.isEmpty() ? new BigInteger(description.startingSequenceNumber())
                : numbers.get(numbers.size() - 1);
    }

    /** The position just before the first record that arrived at or after {@code time} (the tip when none did). */
    synchronized BigInteger beforeArrival(Instant time) {
        int first = expiredCount(time);
        return first < records.size() ? numbers.get(first).subtract(BigInteger.ONE) : latest();
    }

    /** The sequence number of the newest record that arrived before {@code oldestKept}, or null when none did. */
    synchronized String lastExpired(Instant oldestKept) {
        int expired = expiredCount(oldestKept);
        return expired == 0 ? null : records.get(expired - 1).sequenceNumber();
    }

    /** Drops the records up to and including {@code sequenceNumber}. */
    synchronized void dropThrough(String sequenceNumber) {
        int through = firstAfter(new BigInteger(sequenceNumber));
        records.subList(0, through).clear();
        numbers.subList(0, through).clear();
    }

    private int expiredCount(Instant oldestKept) {
        int expired = 0;
        while (expired < records.size() && records.get(expired).approximateArrivalTimestamp().isBefore(oldestKept)) {
            expired++;
        }
        return expired;
    }

    private int firstAfter(BigInteger after) {
        int found = Collections.binarySearch(numbers, after);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
