package studio.serverless.runner.lambda.mapping.stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;

/**
 * One record of a shard, ready for a function's event.
 *
 * @param sequenceNumber the record's sequence number: its {@code itemIdentifier} in {@code batchItemFailures}
 * @param arrival        when the record reached the stream, for its age and the failure record's batch info
 * @param eventRecord    the record exactly as it goes into the event's {@code Records} array; not to be changed
 */
public record ShardRecord(String sequenceNumber, Instant arrival, ObjectNode eventRecord) {
    /** Checks that every part is present. */
    public ShardRecord {
        Objects.requireNonNull(sequenceNumber, "sequenceNumber");
        Objects.requireNonNull(arrival, "arrival");
        Objects.requireNonNull(eventRecord, "eventRecord");
    }
}
