package studio.serverless.model.bench;

import java.util.Arrays;

/**
 * The summary of repeated measurements of one operation.
 *
 * @param medianMillis the median duration, in milliseconds
 * @param p90Millis    the 90th percentile (nearest rank), in milliseconds
 * @param rounds       how many measurements the summary is of
 */
public record Timings(double medianMillis, double p90Millis, int rounds) {

    /** The summary of durations measured in nanoseconds; needs at least one. */
    public static Timings ofNanos(long... durations) {
        if (durations.length == 0) {
            throw new IllegalArgumentException("no measurements");
        }
        long[] sorted = durations.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
        int p90Rank = (int) Math.ceil(0.9 * sorted.length);
        return new Timings(median / 1e6, sorted[p90Rank - 1] / 1e6, sorted.length);
    }
}
