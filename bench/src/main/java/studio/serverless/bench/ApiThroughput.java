package studio.serverless.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.apigateway.ApiDefinition;
import studio.serverless.runner.apigateway.ApiGateways;
import studio.serverless.runner.apigateway.ApiRoute;
import studio.serverless.runner.apigateway.ApiType;
import studio.serverless.runner.endpoint.CallerIdentity;
import studio.serverless.runner.lambda.engine.FunctionConfiguration;
import studio.serverless.runner.lambda.engine.LambdaFunctionCaller;

/**
 * Requests per second of an HTTP API whose Python handler puts the request's item into the local DynamoDB with
 * boto3, under {@link LoopbackLoad}, and the CPU milliseconds each request cost the runner's JVM, the load
 * generator's threads and the Python runtime processes, printed as {@code RESULT} lines.
 */
final class ApiThroughput {

    /**
     * Long enough for the JIT to finish compiling the runner's hot paths on two cores, so the measured 15 s are the
     * steady state (the peer benchmark warms up as long); {@code -Dbench.warmUpSeconds=N} changes it.
     */
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmUpSeconds", 30);

    private final LocalCloud cloud;

    /** Creates the table {@code bench-items} that the handlers write to. */
    ApiThroughput(LocalCloud cloud) {
        this.cloud = cloud;
        try (var dynamoDb = Clients.dynamoDb(cloud.endpoint(), 1)) {
            dynamoDb.createTable(b -> b.tableName("bench-items").billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
        }
    }

    /**
     * Runs {@code boto3_floor.py} from {@code code} with {@code python}: boto3's CPU per {@code put_item} in a tight
     * loop, the floor under the boto3 handler's CPU per request.
     */
    void boto3Floor(String python, Path code) throws Exception {
        ProcessBuilder floor = new ProcessBuilder(python, "boto3_floor.py", "2000").directory(code.toFile());
        floor.environment().putAll(Map.of("AWS_ENDPOINT_URL", cloud.endpoint().toString(), "AWS_REGION", "us-east-1",
                "AWS_DEFAULT_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE",
                "AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
        Process process = floor.redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String[] millis = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().split(" ");
        if (process.waitFor() != 0 || millis.length != 2) {
            throw new IllegalStateException("boto3_floor.py failed: is boto3 installed for " + python + "?");
        }
        FunctionBenchmark.result("boto3-put-item-cpu", Double.parseDouble(millis[0]), "ms/call");
        FunctionBenchmark.result("boto3-put-item-wall", Double.parseDouble(millis[1]), "ms/call");
    }

    /**
     * Warms up for {@link #WARM_UP_SECONDS}, then measures {@code seconds} with {@code threads} load threads; the
     * results are named {@code api-NAME-...}.
     */
    void measure(String name, FunctionConfiguration function, int seconds, int threads) throws Exception {
        cloud.lambda().useLogListener((functionName, line) -> {
            if (!line.startsWith("START ") && !line.startsWith("END ") && !line.startsWith("REPORT ")) {
                System.err.println(functionName + ": " + line);
            }
        });
        cloud.lambda().register(function);
        ApiDefinition api = new ApiDefinition("bench-" + name, ApiType.HTTP, "$default", false,
                List.of(ApiRoute.parse("POST /items", function.name())));
        try (ApiGateways gateways = ApiGateways.start(List.of(api), new LambdaFunctionCaller(cloud.lambda()), 0,
                CallerIdentity.ACCOUNT_ID)) {
            URI items = gateways.listeners().get(0).uri().resolve("/items");
            LoopbackLoad.Run warmUp = new LoopbackLoad(items, (thread, i) -> body("warm", thread, i), 201)
                    .run(threads, Duration.ofSeconds(WARM_UP_SECONDS));
            if (warmUp.unexpected() > 0) {
                System.err.println(warmUp.unexpected() + " warm-up requests failed (cold starts on a busy machine "
                        + "may pass the 10 s init limit)");
            }
            ProcessCpuShares before = ProcessCpuShares.now();
            long started = System.nanoTime();
            LoopbackLoad.Run run = new LoopbackLoad(items, (thread, i) -> body("run", thread, i), 201)
                    .run(threads, Duration.ofSeconds(seconds));
            double elapsed = (System.nanoTime() - started) / 1e9;
            ProcessCpuShares after = ProcessCpuShares.now();
            report("api-" + name + "-", run, elapsed, before, after);
        }
    }

    private static String body(String phase, int thread, long number) {
        return "{\"id\":\"" + phase + "-" + thread + "-" + number + "\",\"note\":\"bench\"}";
    }

    private static void report(String prefix, LoopbackLoad.Run run, double elapsed, ProcessCpuShares before,
            ProcessCpuShares after) {
        long[] nanos = run.sortedNanos();
        int requests = nanos.length;
        FunctionBenchmark.result(prefix + "requests-per-second", requests / elapsed, "req/s");
        FunctionBenchmark.result(prefix + "failed-requests", run.unexpected(), "");
        FunctionBenchmark.result(prefix + "p50", Latencies.percentileMillis(nanos, 50), "ms");
        FunctionBenchmark.result(prefix + "p99", Latencies.percentileMillis(nanos, 99), "ms");
        double loadMillis = run.cpuNanos() / 1e6;
        FunctionBenchmark.result(prefix + "cpu-load-generator", loadMillis / requests, "ms/req");
        double compiler = after.compilerSince(before);
        FunctionBenchmark.result(prefix + "cpu-runner-jvm", (after.jvmSince(before) - loadMillis - compiler) / requests,
                "ms/req");
        FunctionBenchmark.result(prefix + "cpu-jit-compiler", compiler / requests, "ms/req");
        Map<String, Double> runtimes = after.descendantsSince(before);
        double python = runtimes.values().stream().mapToDouble(Double::doubleValue).sum();
        FunctionBenchmark.result(prefix + "cpu-python", python / requests, "ms/req");
        FunctionBenchmark.result(prefix + "python-processes", runtimes.size(), "");
        runtimes.forEach((process, millis) -> System.out.printf(Locale.ROOT, "CPU %s%s %.0f ms (%.1f%% of the run)%n",
                prefix, process, millis, millis / 10 / elapsed));
    }
}
