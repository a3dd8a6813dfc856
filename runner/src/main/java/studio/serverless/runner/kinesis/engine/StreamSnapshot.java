package studio.serverless.runner.kinesis.engine;

import java.time.Instant;
import java.util.Map;

/**
 * What a store keeps of a stream besides its records, and what it restores one from.
 *
 * @param name           the stream's name
 * @param mode           its capacity mode
 * @param shardCount     how many shards it has
 * @param creation       when it was created (its sequence numbers encode this)
 * @param retentionHours its retention period
 * @param tags           its tags
 */
public record StreamSnapshot(String name, StreamMode mode, int shardCount, Instant creation, int retentionHours,
        Map<String, String> tags) {

    /** Copies the tags. */
    public StreamSnapshot {
        tags = Map.copyOf(tags);
    }

    StreamSnapshot withRetention(int hours) {
        return new StreamSnapshot(name, mode, shardCount, creation, hours, tags);
    }

    StreamSnapshot withTags(Map<String, String> changed) {
        return new StreamSnapshot(name, mode, shardCount, creation, retentionHours, changed);
    }
}
