package studio.serverless.bench;

import java.util.Arrays;

/** Operation latencies in nanoseconds, collected per thread without locking and merged for percentiles. */
final class Latencies {

    private long[] samples = new long[1 << 16];
    private int count;

    void add(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, samples.length * 2);
        }
        samples[count++] = nanos;
    }

    int count() {
        return count;
    }

    static long[] merged(Latencies... parts) {
        int total = Arrays.stream(parts).mapToInt(Latencies::count).sum();
        long[] all = new long[total];
        int at = 0;
        for (Latencies part : parts) {
            System.arraycopy(part.samples, 0, all, at, part.count);
            at += part.count;
        }
        Arrays.sort(all);
        return all;
    }

    /** The {@code percentile} (0-100) of sorted samples, in milliseconds. */
    static double percentileMillis(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(percentile / 100 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}
