package studio.serverless.runner.kinesis.engine;

import java.util.List;

/**
 * What GetRecords answers.
 *
 * @param records            the records read, oldest first
 * @param nextShardIterator  where to continue reading
 * @param millisBehindLatest how far the next unread record lags behind now (0 once at the tip)
 */
public record RecordBatch(List<StreamRecord> records, String nextShardIterator, long millisBehindLatest) {

    /** Copies the records. */
    public RecordBatch {
        records = List.copyOf(records);
    }
}
