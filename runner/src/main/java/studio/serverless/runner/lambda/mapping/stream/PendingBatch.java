package studio.serverless.runner.lambda.mapping.stream;

import java.util.List;

/**
 * A batch not yet settled, with its history.
 *
 * @param records     the records, oldest first, never empty
 * @param retries     retries spent on it (halves of a split batch inherit their parent's)
 * @param invocations how often it was invoked: the failure record's {@code approximateInvokeCount}
 */
record PendingBatch(List<ShardRecord> records, int retries, int invocations) {

    PendingBatch {
        records = List.copyOf(records);
    }

    static PendingBatch of(List<ShardRecord> records) {
        return new PendingBatch(records, 0, 0);
    }

    PendingBatch invoked() {
        return new PendingBatch(records, retries, invocations + 1);
    }

    /** The records from {@code index} on, to be retried: one more retry spent. */
    PendingBatch retriedFrom(int index) {
        return new PendingBatch(records.subList(index, records.size()), retries + 1, invocations);
    }

    /** The records from {@code index} on, as they are. */
    PendingBatch from(int index) {
        return new PendingBatch(records.subList(index, records.size()), retries, invocations);
    }

    /** The first and second half of the records from {@code index} on, each new to invocation. */
    List<PendingBatch> halvesFrom(int index) {
        List<ShardRecord> failing = records.subList(index, records.size());
        int middle = failing.size() / 2;
        return List.of(new PendingBatch(failing.subList(0, middle), retries, 0),
                new PendingBatch(failing.subList(middle, failing.size()), retries, 0));
    }

    ShardRecord first() {
        return records.get(0);
    }

    ShardRecord last() {
        return records.get(records.size() - 1);
    }
}
