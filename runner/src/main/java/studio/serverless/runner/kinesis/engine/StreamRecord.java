package studio.serverless.runner.kinesis.engine;

import java.time.Instant;
import java.util.Objects;

/**
 * A data record on a shard, as GetRecords returns it and as an event source mapping hands it to a function.
 *
 * @param sequenceNumber             the record's sequence number, unique and increasing within its shard
 * @param partitionKey               the partition key it was put with
 * @param data                       the data blob
 * @param approximateArrivalTimestamp when the stream accepted it
 */
public record StreamRecord(String sequenceNumber, String partitionKey, byte[] data,
        Instant approximateArrivalTimestamp) {

    /** Copies the data. */
    public StreamRecord {
        Objects.requireNonNull(sequenceNumber);
        Objects.requireNonNull(partitionKey);
        data = data.clone();
        Objects.requireNonNull(approximateArrivalTimestamp);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }
}
