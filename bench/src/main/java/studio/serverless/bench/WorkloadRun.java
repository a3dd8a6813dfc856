package studio.serverless.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs a workload from several threads for a warm-up and then a measured period, timing every operation. */
final class WorkloadRun {

    private final Workload workload;
    private final int threads;

    WorkloadRun(Workload workload, int threads) {
        this.workload = workload;
        this.threads = threads;
    }

    /**
     * Warms up for {@code warmUp} (untimed), then measures for {@code measured}; the workload must be set up.
     *
     * @param server the server process's CPU clock, or null when unknown
     */
    Result run(Duration warmUp, Duration measured, ServerCpu server) throws Exception {
        phase(warmUp);
        double cpuBefore = server == null ? 0 : server.usedMillis();
        long started = System.nanoTime();
        Latencies[] latencies = phase(measured);
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuMillis = server == null ? Double.NaN : server.usedMillis() - cpuBefore;
        long[] sorted = Latencies.merged(latencies);
        return new Result(sorted.length / seconds, Latencies.percentileMillis(sorted, 50),
                Latencies.percentileMillis(sorted, 99), sorted.length, cpuMillis / sorted.length);
    }

    private Latencies[] phase(Duration length) throws Exception {
        long deadline = System.nanoTime() + length.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Latencies>> futures = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                int id = thread;
                futures.add(pool.submit(() -> loop(id, deadline)));
            }
            Latencies[] all = new Latencies[threads];
            for (int i = 0; i < threads; i++) {
                all[i] = futures.get(i).get();
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private Latencies loop(int thread, long deadline) {
        Latencies latencies = new Latencies();
        for (long sequence = 0; System.nanoTime() < deadline; sequence++) {
            long start = System.nanoTime();
            workload.operation(thread, sequence);
            latencies.add(System.nanoTime() - start);
        }
        return latencies;
    }

    /**
     * What one run measured.
     *
     * @param opsPerSecond operations completed per second over the measured period, all threads together
     * @param p50Millis    median operation latency
     * @param p99Millis    99th percentile operation latency
     * @param operations   operations measured
     * @param serverCpuMillisPerOperation the server's CPU time per operation, NaN when unknown
     */
    record Result(double opsPerSecond, double p50Millis, double p99Millis, long operations,
            double serverCpuMillisPerOperation) {
    }
}
