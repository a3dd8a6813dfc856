package studio.serverless.runner.lambda.mapping;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An SQS event source mapping.
 *
 * @param queueName               the queue polled
 * @param functionName            the function invoked
 * @param batchSize               messages per invocation at most, 1 to 10,000
 * @param batchingWindow          how long to gather messages before invoking, 0 to 300 seconds
 * @param reportBatchItemFailures whether the function's {@code batchItemFailures} answer is honoured
 * @param maximumConcurrency      the cap on concurrent invocations from this queue (ScalingConfig), 2 to 1,000;
 *                                empty when there is none
 */
public record SqsMapping(String queueName, String functionName, int batchSize, Duration batchingWindow,
        boolean reportBatchItemFailures, OptionalInt maximumConcurrency) {

    /**
     * How many batches run at once locally when the mapping has a maximum concurrency: that maximum, but no more
     * than this (each is a polling thread; a laptop gains nothing from hundreds).
     */
    public static final int LOCAL_CONCURRENCY_LIMIT = 10;

    /** Checks the ranges AWS enforces. */
    public SqsMapping {
        Objects.requireNonNull(queueName, "queueName");
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(maximumConcurrency, "maximumConcurrency");
        String name = "SQS mapping " + queueName + " -> " + functionName;
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException(name + ": batch size " + batchSize + ", expected 1 to 10000");
        }
        if (batchingWindow.isNegative() || batchingWindow.toSeconds() > 300) {
            throw new IllegalArgumentException(name + ": batching window " + batchingWindow
                    + ", expected 0 to 300 seconds");
        }
        maximumConcurrency.ifPresent(maximum -> {
            if (maximum < 2 || maximum > 1000) {
                throw new IllegalArgumentException(name + ": maximum concurrency " + maximum
                        + ", expected 2 to 1000");
            }
        });
    }

    /** A mapping without a maximum concurrency. */
    public SqsMapping(String queueName, String functionName, int batchSize, Duration batchingWindow,
            boolean reportBatchItemFailures) {
        this(queueName, functionName, batchSize, batchingWindow, reportBatchItemFailures, OptionalInt.empty());
    }

    /** A mapping with AWS's defaults: batches of 10, no batching window, whole-batch failures. */
    public static SqsMapping of(String queueName, String functionName) {
        return new SqsMapping(queueName, functionName, 10, Duration.ZERO, false);
    }

    /** This mapping with its concurrent invocations capped at {@code maximum} (2 to 1,000). */
    public SqsMapping withMaximumConcurrency(int maximum) {
        return new SqsMapping(queueName, functionName, batchSize, batchingWindow, reportBatchItemFailures,
                OptionalInt.of(maximum));
    }

    /**
     * How many batches this mapping runs at once locally: one without a maximum concurrency (a batch at a time,
     * so a failed batch never overtakes its retry), else the maximum up to {@link #LOCAL_CONCURRENCY_LIMIT}.
     */
    int pollers() {
        return Math.min(maximumConcurrency.orElse(1), LOCAL_CONCURRENCY_LIMIT);
    }
}
