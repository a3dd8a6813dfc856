package studio.serverless.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.lambda.engine.FunctionConfiguration;

/**
 * Issue 6's function figures, printed as {@code RESULT name value unit} lines for {@code scripts/bench-functions.sh}:
 * the warm invoke time of a no-op Python handler through the Runtime API (the runner's overhead, since the handler
 * does nothing), the cold start against a bare {@code python3 -c 'import handler'}, and requests per second of an
 * HTTP API whose Python handler puts an item into the local DynamoDB with boto3.
 */
public final class FunctionBenchmark {

    private static final String NOOP = "def handler(event, context):\n    return None\n";
    private static final String PUT = String.join("\n", "import json, os, boto3",
            "table = boto3.resource('dynamodb').Table('bench-items')",
            "def handler(event, context):",
            "    item = json.loads(event.get('body') or '{}')",
            "    table.put_item(Item=item)",
            "    return {'statusCode': 201, 'body': json.dumps({'id': item.get('id')})}", "");

    private FunctionBenchmark() {
    }

    /** Entry point: {@code FunctionBenchmark [API_SECONDS] [API_THREADS]}. */
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Path code = Files.createTempDirectory("function-bench");
        Files.writeString(code.resolve("noop.py"), NOOP);
        Files.writeString(code.resolve("put.py"), PUT);
        for (String script : new String[] {"put_lean.py", "boto3_floor.py"}) {
            try (var text = FunctionBenchmark.class.getResourceAsStream(script)) {
                Files.write(code.resolve(script), text.readAllBytes());
            }
        }
        try (LocalCloud cloud = LocalCloud.start(0)) {
            if (!"api".equals(System.getenv("FUNCTION_BENCH_ONLY"))) {
                warmInvokes(cloud, code);
                coldStarts(cloud, code);
            }
            int concurrency = Integer.parseInt(System.getenv().getOrDefault("FUNCTION_BENCH_CONCURRENCY", "10"));
            ApiThroughput api = new ApiThroughput(cloud);
            api.boto3Floor(realPython(), code);
            api.measure("python-dynamodb", function("put", "put.handler", code, concurrency), seconds, threads);
            cloud.lambda().remove("put");
            api.measure("python-lean-dynamodb", function("put-lean", "put_lean.handler", code, concurrency), seconds,
                    threads);
        }
    }

    private static FunctionConfiguration function(String name, String handler, Path code, int concurrency) {
        return new FunctionConfiguration(name, "python3.13", handler, code, 512, Duration.ofSeconds(10), concurrency,
                Map.of());
    }

    private static void warmInvokes(LocalCloud cloud, Path code) {
        cloud.lambda().register(function("noop", "noop.handler", code, 1));
        byte[] event = "{}".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 500; i++) {
            cloud.lambda().invoke("noop", event);
        }
        long[] nanos = new long[3000];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            cloud.lambda().invoke("noop", event);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        result("warm-invoke-p50", Latencies.percentileMillis(nanos, 50), "ms");
        result("warm-invoke-p99", Latencies.percentileMillis(nanos, 99), "ms");
    }

    private static void coldStarts(LocalCloud cloud, Path code) throws Exception {
        String python = realPython();
        long[] cold = new long[15];
        long[] bare = new long[15];
        for (int i = 0; i < cold.length; i++) {
            cloud.lambda().register(function("cold-" + i, "noop.handler", code, 1));
            long start = System.nanoTime();
            cloud.lambda().invoke("cold-" + i, "{}".getBytes(StandardCharsets.UTF_8));
            cold[i] = System.nanoTime() - start;
            cloud.lambda().remove("cold-" + i);
            start = System.nanoTime();
            new ProcessBuilder(python, "-c", "import noop").directory(code.toFile()).start().waitFor();
            bare[i] = System.nanoTime() - start;
        }
        Arrays.sort(cold);
        Arrays.sort(bare);
        double coldMillis = Latencies.percentileMillis(cold, 50);
        double bareMillis = Latencies.percentileMillis(bare, 50);
        result("cold-start-p50", coldMillis, "ms");
        result("bare-python-import-p50", bareMillis, "ms");
        result("cold-start-ratio", coldMillis / bareMillis, "x");
    }

    /** The interpreter {@code python3} really is (not a version manager's shim), as the runner starts it. */
    private static String realPython() throws Exception {
        Process probe = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)").start();
        String path = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        probe.waitFor();
        return path;
    }

    static void result(String name, double value, String unit) {
        System.out.printf(Locale.ROOT, "RESULT %s %.2f %s%n", name, value, unit);
    }
}
