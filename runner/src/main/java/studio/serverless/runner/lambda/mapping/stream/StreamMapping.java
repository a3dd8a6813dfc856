package studio.serverless.runner.lambda.mapping.stream;

import java.time.Duration;
import java.util.Objects;

/**
 * A DynamoDB stream or Kinesis event source mapping's settings, with the ranges AWS enforces. Parallelization factor
 * is always 1: one batch at a time per shard.
 *
 * @param functionName               the function invoked
 * @param batchSize                  records per invocation at most, 1 to 10,000
 * @param batchingWindow             how long to gather records before invoking, 0 to 300 seconds
 * @param startingPosition           where each shard is first read
 * @param maximumRetryAttempts       retries of a failing batch, -1 (until its records expire) to 10,000
 * @param maximumRecordAge           age after which a failing record is discarded, 60 s to 7 days; null: until the
 *                                   stream expires it
 * @param bisectBatchOnFunctionError whether a batch failing with a function error is split in two and each half retried
 * @param reportBatchItemFailures    whether the function's {@code batchItemFailures} answer is honoured
 * @param onFailureDestination       SQS queue or SNS topic ARN receiving the position of discarded batches, or null
 */
public record StreamMapping(String functionName, int batchSize, Duration batchingWindow,
        StartingPosition startingPosition, int maximumRetryAttempts, Duration maximumRecordAge,
        boolean bisectBatchOnFunctionError, boolean reportBatchItemFailures, String onFailureDestination) {

    /** Checks the ranges AWS enforces. */
    public StreamMapping {
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(startingPosition, "startingPosition");
        check(batchSize >= 1 && batchSize <= 10_000, functionName, "batch size " + batchSize + ", expected 1 to 10000");
        check(!batchingWindow.isNegative() && batchingWindow.toSeconds() <= 300, functionName,
                "batching window " + batchingWindow + ", expected 0 to 300 seconds");
        check(maximumRetryAttempts >= -1 && maximumRetryAttempts <= 10_000, functionName,
                "maximum retry attempts " + maximumRetryAttempts + ", expected -1 to 10000");
        check(maximumRecordAge == null || maximumRecordAge.toSeconds() >= 60
                && maximumRecordAge.toSeconds() <= 604_800, functionName,
                "maximum record age " + maximumRecordAge + ", expected 60 to 604800 seconds");
    }

    /** A mapping with AWS's defaults: batches of 100, no window, LATEST, retries until records expire, no extras. */
    public static StreamMapping of(String functionName) {
        return new StreamMapping(functionName, 100, Duration.ZERO, StartingPosition.LATEST, -1, null, false, false,
                null);
    }

    /** This mapping with another batch size. */
    public StreamMapping withBatchSize(int size) {
        return new StreamMapping(functionName, size, batchingWindow, startingPosition, maximumRetryAttempts,
                maximumRecordAge, bisectBatchOnFunctionError, reportBatchItemFailures, onFailureDestination);
    }

    /** This mapping with another batching window. */
    public StreamMapping withBatchingWindow(Duration window) {
        return new StreamMapping(functionName, batchSize, window, startingPosition, maximumRetryAttempts,
                maximumRecordAge, bisectBatchOnFunctionError, reportBatchItemFailures, onFailureDestination);
    }

    /** This mapping starting elsewhere. */
    public StreamMapping withStartingPosition(StartingPosition position) {
        return new StreamMapping(functionName, batchSize, batchingWindow, position, maximumRetryAttempts,
                maximumRecordAge, bisectBatchOnFunctionError, reportBatchItemFailures, onFailureDestination);
    }

    /** This mapping with other retry limits ({@code age} null: until the stream expires the records). */
    public StreamMapping withRetries(int attempts, Duration age) {
        return new StreamMapping(functionName, batchSize, batchingWindow, startingPosition, attempts, age,
                bisectBatchOnFunctionError, reportBatchItemFailures, onFailureDestination);
    }

    /** This mapping with BisectBatchOnFunctionError and ReportBatchItemFailures set as given. */
    public StreamMapping withFailureHandling(boolean bisect, boolean reportItemFailures) {
        return new StreamMapping(functionName, batchSize, batchingWindow, startingPosition, maximumRetryAttempts,
                maximumRecordAge, bisect, reportItemFailures, onFailureDestination);
    }

    /** This mapping sending discarded batches' positions to {@code destinationArn} (null: none). */
    public StreamMapping withOnFailure(String destinationArn) {
        return new StreamMapping(functionName, batchSize, batchingWindow, startingPosition, maximumRetryAttempts,
                maximumRecordAge, bisectBatchOnFunctionError, reportBatchItemFailures, destinationArn);
    }

    private static void check(boolean valid, String functionName, String problem) {
        if (!valid) {
            throw new IllegalArgumentException("stream mapping to " + functionName + ": " + problem);
        }
    }
}
