package studio.serverless.runner.dynamodb.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.dynamodb.engine.DynamoDbEngine;
import studio.serverless.runner.dynamodb.engine.query.QueryResult;
import studio.serverless.runner.dynamodb.engine.query.ScanRequest;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/** A process killed with SIGKILL while writing loses no acknowledged item and no half of a transaction. */
class DynamoDbKillTest {
    private static final int STEPS = 50_000;
    private static final int KILL_AFTER = 400;

    @TempDir
    Path data;

    @Test
    void aKilledProcessLosesNoAcknowledgedWriteAndNoHalfTransaction() throws Exception {
        int lastAcknowledged = writeUntilKilled();
        assertTrue(lastAcknowledged >= KILL_AFTER && lastAcknowledged < STEPS - 1,
                "the writer was killed mid-stream, after step " + lastAcknowledged);

        try (LocalCloud cloud = LocalCloud.start(0, Clock.systemUTC(), Optional.of(data))) {
            Set<Integer> orders = steps(cloud.dynamoDb(), DynamoDbWriterProcess.ORDERS);
            Set<Integer> ledger = steps(cloud.dynamoDb(), DynamoDbWriterProcess.LEDGER);
            for (int step = 0; step <= lastAcknowledged; step++) {
                assertTrue(orders.contains(step), "acknowledged step " + step + " was lost");
            }
            assertEquals(ledger, new TreeSet<>(orders.stream().filter(step -> step % 2 == 1).toList()),
                    "every transaction is in both tables or in neither");
        }
    }

    /** Starts the writer, reads its acknowledgements, kills it mid-stream. @return the last step it acknowledged */
    private int writeUntilKilled() throws Exception {
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DynamoDbWriterProcess.class.getName(), data.toString(),
                Integer.toString(STEPS)).redirectErrorStream(true).start();
        int last = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && last < KILL_AFTER; line = out.readLine()) {
                if (line.startsWith("ACK ")) {
                    last = Integer.parseInt(line.substring(4).trim());
                }
            }
        } finally {
            writer.destroyForcibly(); // SIGKILL: no shutdown hook, no close, mid-write
            writer.waitFor(30, TimeUnit.SECONDS);
        }
        return last;
    }

    private static Set<Integer> steps(DynamoDbEngine engine, String table) {
        Set<Integer> steps = new TreeSet<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResult page = engine.scan(new ScanRequest(table, null, null, null, null, null, null, start, null,
                    null, null));
            page.items().forEach(item -> steps.add(((AttributeValue.N) item.get("step")).value().intValueExact()));
            start = page.lastEvaluatedKey();
        } while (start != null);
        return steps;
    }
}
