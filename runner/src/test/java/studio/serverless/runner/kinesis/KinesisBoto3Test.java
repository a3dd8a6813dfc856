package studio.serverless.runner.kinesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.runner.LocalCloud;

/**
 * boto3, the client Python handlers use (JSON protocol, its own waiters and error classes), as producer and
 * consumer. {@code .ci/run} installs python3-boto3; where it is missing the test is skipped, not passed.
 */
class KinesisBoto3Test {

    @TempDir
    Path folder;

    @Test
    void aBoto3ProducerAndConsumerRoundTripRecordsThroughTheLocalStream() throws Exception {
        assumeTrue(run(List.of("python3", "-c", "import boto3")).exitCode == 0, "python3 with boto3 is needed");
        Path script = folder.resolve("boto3_round_trip.py");
        try (var in = getClass().getResourceAsStream("boto3_round_trip.py")) {
            Files.copy(in, script);
        }
        try (LocalCloud cloud = LocalCloud.start(0)) {
            Result result = run(List.of("python3", script.toString(), cloud.endpoint().toString(), "from-boto3"));

            assertEquals(0, result.exitCode, result.output);
            JsonNode answer = new ObjectMapper().readTree(result.output.lines().reduce((a, b) -> b).orElseThrow());
            assertTrue(answer.at("/single/SequenceNumber").asText().matches("49\\d{54}"), result.output);
            assertEquals(0, answer.get("failed").asInt());
            assertEquals(6, answer.get("seen").size(), result.output);
            assertEquals("Stream missing-from-boto3 under account 000000000000 not found.",
                    answer.get("error").asText());
            JsonNode first = findKey(answer.get("seen"), "user-1", "[0,1,98,105,110,97,114,121]");
            assertEquals(answer.at("/single/ShardId").asText(), first.get("shard").asText());
            long arrived = Math.round(first.get("arrived").asDouble());
            assertTrue(Math.abs(arrived - System.currentTimeMillis() / 1000) < 60, "arrival " + arrived);
        }
    }

    private static JsonNode findKey(JsonNode seen, String key, String data) {
        List<JsonNode> matches = new ArrayList<>();
        seen.forEach(record -> {
            if (record.get("key").asText().equals(key) && record.get("data").toString().equals(data)) {
                matches.add(record);
            }
        });
        assertEquals(1, matches.size(), seen.toString());
        return matches.get(0);
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
