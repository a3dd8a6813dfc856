package studio.serverless.runner.mapping;

import java.time.Duration;

/**
 * One SQS event source mapping, as the diagram's queue-to-function connection sets it.
 *
 * @param queueName               the queue
 * @param functionName            the function
 * @param batchSize               at most this many messages per invocation (1 to 10,000)
 * @param batchingWindow          how long to gather a batch before invoking (zero: invoke with what one
 *                                receive returns)
 * @param reportBatchItemFailures whether the function's {@code batchItemFailures} answer names the messages to
 *                                keep, so the others are deleted
 */
public record SqsMapping(String queueName, String functionName, int batchSize, Duration batchingWindow,
        boolean reportBatchItemFailures) {

    /** Checks the batch size. */
    public SqsMapping {
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("batch size " + batchSize + " of the mapping from queue " + queueName
                    + " to function " + functionName + " is outside 1 to 10,000");
        }
    }
}
