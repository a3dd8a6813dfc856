package studio.serverless.bench;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * Runs one service's workload against one endpoint and prints a result line that {@code scripts/bench-peers.sh}
 * collects: {@code RESULT <service> <label> <ops/s> <p50 ms> <p99 ms> <operations> <server CPU ms/op>
 * <1-thread p50 ms> <1-thread p99 ms>}. The first figures come from THREADS client threads, which saturate a
 * small machine; the server's CPU per operation (from {@code /proc}, when the environment variable
 * {@code SERVER_PID} names the server process) is its capacity whatever the client costs; the last two are
 * latencies from one client thread, below saturation, where a latency target means something.
 * Arguments: {@code SERVICE(dynamodb|sqs|s3) ENDPOINT LABEL [THREADS] [SECONDS] [WARM_UP_SECONDS]}.
 *
 * <p>The warm-up is long (30 s by default) because the servers compile while they serve: a JVM server's C2
 * compiler still takes most of a core 15 seconds into a run on two cores, so a short warm-up measures the
 * compiler rather than the server (the same holds, less, for Node's V8).
 */
public final class PeerBenchmark {

    private static final int DEFAULT_THREADS = 4;
    private static final int DEFAULT_SECONDS = 15;
    private static final int DEFAULT_WARM_UP_SECONDS = 30;
    private static final Duration SINGLE_THREAD_WARM_UP = Duration.ofSeconds(2);

    private PeerBenchmark() {
    }

    /** Entry point; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: PeerBenchmark dynamodb|sqs|s3 ENDPOINT LABEL [THREADS] [SECONDS] [WARM_UP_SECONDS]");
            System.exit(2);
        }
        String service = args[0];
        URI endpoint = URI.create(args[1]);
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : DEFAULT_THREADS;
        Duration measured = Duration.ofSeconds(args.length > 4 ? Integer.parseInt(args[4]) : DEFAULT_SECONDS);
        Duration warmUp = Duration.ofSeconds(args.length > 5 ? Integer.parseInt(args[5]) : DEFAULT_WARM_UP_SECONDS);
        try (Workload workload = workload(service, endpoint, threads)) {
            workload.setUp();
            ServerCpu server = ServerCpu.of(System.getenv("SERVER_PID"));
            WorkloadRun.Result loaded = new WorkloadRun(workload, threads).run(warmUp, measured, server);
            WorkloadRun.Result single = new WorkloadRun(workload, 1).run(SINGLE_THREAD_WARM_UP, measured, null);
            System.out.printf(Locale.ROOT, "RESULT %s %s %.0f %.2f %.2f %d %.3f %.2f %.2f%n", service, args[2],
                    loaded.opsPerSecond(), loaded.p50Millis(), loaded.p99Millis(), loaded.operations(),
                    loaded.serverCpuMillisPerOperation(), single.p50Millis(), single.p99Millis());
        }
    }

    private static Workload workload(String service, URI endpoint, int threads) {
        return switch (service) {
            case "dynamodb" -> new DynamoDbWorkload(Clients.dynamoDb(endpoint, threads));
            case "sqs" -> new SqsWorkload(Clients.sqs(endpoint, threads));
            case "s3" -> new S3Workload(Clients.s3(endpoint, threads));
            default -> throw new IllegalArgumentException("unknown service '" + service
                    + "'; expected dynamodb, sqs or s3");
        };
    }
}
