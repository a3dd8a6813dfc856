package studio.serverless.runner.lambda.mapping;

import java.time.Duration;
import java.util.Objects;

/**
 * An SQS event source mapping.
 *
 * @param queueName               the queue polled
 * @param functionName            the function invoked
 * @param batchSize               messages per invocation at most, 1 to 10,000
 * @param batchingWindow          how long to gather messages before invoking, 0 to 300 seconds
 * @param reportBatchItemFailures whether the function's {@code batchItemFailures} answer is honoured
 */
public record SqsMapping(String queueName, String functionName, int batchSize, Duration batchingWindow,
        boolean reportBatchItemFailures) {

    /** Checks the ranges AWS enforces. */
    public SqsMapping {
        Objects.requireNonNull(queueName, "queueName");
        Objects.requireNonNull(functionName, "functionName");
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("SQS mapping " + queueName + " -> " + functionName + ": batch size "
                    + batchSize + ", expected 1 to 10000");
        }
        if (batchingWindow.isNegative() || batchingWindow.toSeconds() > 300) {
            throw new IllegalArgumentException("SQS mapping " + queueName + " -> " + functionName
                    + ": batching window " + batchingWindow + ", expected 0 to 300 seconds");
        }
    }

    /** A mapping with AWS's defaults: batches of 10, no batching window, whole-batch failures. */
    public static SqsMapping of(String queueName, String functionName) {
        return new SqsMapping(queueName, functionName, 10, Duration.ZERO, false);
    }
}
