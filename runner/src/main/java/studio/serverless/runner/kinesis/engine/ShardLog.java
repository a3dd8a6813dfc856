package studio.serverless.runner.kinesis.engine;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One shard's records in arrival order, with their sequence numbers as numbers for binary search. Positions are
 * sequence numbers (read what comes after one), so trimming expired records never moves an iterator.
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

    /** Appends a record with the next sequence number. */
    synchronized StreamRecord append(String partitionKey, byte[] data, Instant arrival) {
        counter++;
        String sequenceNumber = SequenceNumbers.of(streamCreation, index, counter);
        StreamRecord record = new StreamRecord(sequenceNumber, partitionKey, data, arrival);
        records.add(record);
        numbers.add(new BigInteger(sequenceNumber));
        return record;
    }

    /** Up to {@code limit} records whose sequence numbers come after {@code after}, oldest first. */
    synchronized List<StreamRecord> after(BigInteger after, int limit) {
        int from = firstAfter(after);
        return List.copyOf(records.subList(from, Math.min(records.size(), from + limit)));
    }

    /** The arrival time of the first record after {@code after}, or null when there is none. */
    synchronized Instant arrivalAfter(BigInteger after) {
        int from = firstAfter(after);
        return from < records.size() ? records.get(from).approximateArrivalTimestamp() : null;
    }

    /** The sequence number of the newest record, or the shard's starting one when it has none. */
    synchronized BigInteger latest() {
        return numbers.isEmpty() ? new BigInteger(description.startingSequenceNumber()) : numbers.get(numbers.size() - 1);
    }

    /** The position just before the first record that arrived at or after {@code time} (the tip when none did). */
    synchronized BigInteger beforeArrival(Instant time) {
        for (int i = 0; i < records.size(); i++) {
            if (!records.get(i).approximateArrivalTimestamp().isBefore(time)) {
                return numbers.get(i).subtract(BigInteger.ONE);
            }
        }
        return latest();
    }

    /** Drops the records that arrived before {@code oldestKept}. */
    synchronized void trimBefore(Instant oldestKept) {
        int expired = 0;
        while (expired < records.size() && records.get(expired).approximateArrivalTimestamp().isBefore(oldestKept)) {
            expired++;
        }
        records.subList(0, expired).clear();
        numbers.subList(0, expired).clear();
    }

    private int firstAfter(BigInteger after) {
        int found = Collections.binarySearch(numbers, after);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
