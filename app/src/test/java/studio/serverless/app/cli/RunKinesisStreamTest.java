package studio.serverless.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import studio.serverless.app.diagnostics.DiagramLoader;
import studio.serverless.app.testing.CliRun;
import studio.serverless.model.validation.Validator;

/** {@code studio run} lists a diagram's Kinesis stream and serves it to the real SDK's KinesisClient. */
class RunKinesisStreamTest {

    private static final String DIAGRAM = """
            {"format": "serverless-studio-diagram", "version": 1, "services": [
              {"id": "kinesis-1", "kind": "kinesis", "name": "telemetry", "position": {"x": 40, "y": 40},
               "properties": {"streamMode": "PROVISIONED", "shardCount": 2, "retentionPeriodHours": 48}}],
             "connections": []}
            """;

    private final List<String> seen = new ArrayList<>();

    private void useTheStream(URI endpoint) {
        try (KinesisClient kinesis = KinesisClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")))
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            var summary = kinesis.describeStreamSummary(b -> b.streamName("telemetry")).streamDescriptionSummary();
            seen.add(summary.openShardCount() + " shards, " + summary.retentionPeriodHours() + " hours");
            seen.add(kinesis.putRecord(b -> b.streamName("telemetry").partitionKey("device-1")
                    .data(SdkBytes.fromUtf8String("21.5"))).shardId());
        }
    }

    @Test
    void theDiagramsStreamIsListedInTheBannerAndTakesRecords(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("telemetry.studio.json"), DIAGRAM);
        RunCommand run = new RunCommand(DiagramLoader.standard(), Validator.standard(), this::useTheStream);

        CliRun result = CliRun.of(StudioCli.create((opened, smokeTest) -> { }, DiagramLoader.standard(), Validator.standard(), run),
                "run", file.toString(), "--port", "0", "--project", folder.resolve("project").toString(),
                "--api-port", "0");

        assertEquals(0, result.exitCode(), result.err().toString());
        String out = String.join("\n", result.out());
        assertTrue(out.contains("kinesis") && out.contains("arn:aws:kinesis:us-east-1:000000000000:stream/telemetry"),
                out);
        assertEquals("2 shards, 48 hours", seen.get(0));
        assertTrue(seen.get(1).startsWith("shardId-00000000000"), seen.toString());
    }
}
