package studio.serverless.runner.lambda.engine;

import java.time.Duration;

/**
 * How Lambda handles a function's asynchronous invocations (its event invoke config).
 *
 * @param maximumRetryAttempts how often a failed event is retried, 0 to 2
 * @param maximumEventAge      how long an event may wait for its next attempt, 60 seconds to 6 hours
 * @param onSuccess            the ARN a success record goes to (queue, topic, function), or null
 * @param onFailure            the ARN a failure record goes to once retries or age are exhausted, or null
 * @param deadLetterTarget     the queue or topic ARN of the function's DeadLetterConfig, where the failed event
 *                             itself goes once retries or age are exhausted, or null
 */
public record AsyncSettings(int maximumRetryAttempts, Duration maximumEventAge, String onSuccess, String onFailure,
        String deadLetterTarget) {

    /** AWS's defaults: two retries, six hours, no destinations. */
    public static final AsyncSettings DEFAULT = new AsyncSettings(2, Duration.ofHours(6), null, null, null);

    /** Checks the ranges AWS enforces. */
    public AsyncSettings {
        if (maximumRetryAttempts < 0 || maximumRetryAttempts > 2) {
            throw new IllegalArgumentException("maximum retry attempts " + maximumRetryAttempts + ": expected 0 to 2");
        }
        if (maximumEventAge.toSeconds() < 60 || maximumEventAge.toSeconds() > 21_600) {
            throw new IllegalArgumentException("maximum event age " + maximumEventAge
                    + ": expected 60 to 21600 seconds");
        }
    }

    /** Settings without a dead-letter queue. */
    public AsyncSettings(int maximumRetryAttempts, Duration maximumEventAge, String onSuccess, String onFailure) {
        this(maximumRetryAttempts, maximumEventAge, onSuccess, onFailure, null);
    }
}
