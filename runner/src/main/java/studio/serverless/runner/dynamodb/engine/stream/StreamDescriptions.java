package studio.serverless.runner.dynamodb.engine.stream;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import studio.serverless.runner.dynamodb.engine.table.TableDefinition;

/** Builds the description of a newly enabled stream from its table. */
final class StreamDescriptions {
    private StreamDescriptions() {
    }

    /**
     * The stream label is the time the stream was enabled (UTC, milliseconds), so it gives the creation time and,
     * with the table id, a shard id that differs when the same table's stream is enabled again.
     */
    static StreamDescription enabled(TableDefinition table) {
        String label = table.streamLabel();
        Instant created = LocalDateTime.parse(label).toInstant(ZoneOffset.UTC);
        String shardId = "shardId-" + label.replaceAll("[^0-9]", "") + "-" + table.tableId().substring(0, 8);
        return new StreamDescription(table.streamArn(), label, "ENABLED", table.stream().streamViewType(), created,
                table.name(), table.keySchema().elements(), shardId, null, null);
    }
}
