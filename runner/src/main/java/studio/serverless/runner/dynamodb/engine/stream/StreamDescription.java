package studio.serverless.runner.dynamodb.engine.stream;

import java.time.Instant;
import java.util.List;
import studio.serverless.runner.dynamodb.engine.table.KeySchemaElement;

/**
 * What DescribeStream (and, in part, ListStreams) return about one stream. A local stream has exactly one shard.
 *
 * @param streamArn               the stream ARN
 * @param streamLabel             its label (the creation time)
 * @param streamStatus            ENABLED, or DISABLED once the table's stream was turned off or the table deleted
 * @param streamViewType          what records carry
 * @param creationRequestDateTime when the stream was enabled
 * @param tableName               the table
 * @param keySchema               the table's key
 * @param shardId                 the one shard's id
 * @param startingSequenceNumber  the first record's sequence number, or null while the shard is empty
 * @param endingSequenceNumber    the last record's sequence number once the shard is closed, or null
 */
public record StreamDescription(String streamArn, String streamLabel, String streamStatus,
                                StreamViewType streamViewType, Instant creationRequestDateTime, String tableName,
                                List<KeySchemaElement> keySchema, String shardId, String startingSequenceNumber,
                                String endingSequenceNumber) {
    /** Copies the key schema. */
    public StreamDescription {
        keySchema = List.copyOf(keySchema);
    }
}
