package studio.serverless.runner.dynamodb.engine.stream;

import java.util.List;

/**
 * One answer of GetRecords.
 *
 * @param records           the records, oldest first
 * @param nextShardIterator where to read next, or null when the shard is closed and fully read
 */
public record RecordsPage(List<StreamRecord> records, String nextShardIterator) {
    /** Copies the records. */
    public RecordsPage {
        records = List.copyOf(records);
    }
}
