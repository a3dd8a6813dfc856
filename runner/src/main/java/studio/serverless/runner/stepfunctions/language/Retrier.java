package studio.serverless.runner.stepfunctions.language;

import java.util.List;

/**
 * One entry of a Retry field: the errors it matches and how often and how long apart it retries. The n-th retry
 * (from 0) waits {@code IntervalSeconds * BackoffRate^n}, at most {@code MaxDelaySeconds}, and with the FULL
 * jitter strategy a random share of that.
 */
public record Retrier(List<String> errorEquals, int intervalSeconds, int maxAttempts, double backoffRate,
                      Integer maxDelaySeconds, boolean fullJitter) {

    /** The defaults of the specification. */
    public static final int DEFAULT_INTERVAL_SECONDS = 1;
    /** Three retries unless told otherwise. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    /** Each wait doubles unless told otherwise. */
    public static final double DEFAULT_BACKOFF_RATE = 2.0;
}
