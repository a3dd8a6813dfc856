package studio.serverless.runner.lambda.mapping.stream;

import java.util.List;

/**
 * One read of a shard.
 *
 * @param records      the records read, oldest first; empty when nothing new was written
 * @param nextIterator where to read next, or null when the shard is closed and fully read
 */
public record ShardPage(List<ShardRecord> records, String nextIterator) {
    /** Copies the records. */
    public ShardPage {
        records = List.copyOf(records);
    }
}
