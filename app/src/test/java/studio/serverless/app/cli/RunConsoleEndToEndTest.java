package studio.serverless.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import studio.serverless.app.diagnostics.DiagramLoader;
import studio.serverless.app.testing.CliRun;
import studio.serverless.model.validation.Validator;

/**
 * {@code fire RULE} typed on {@code studio run}'s console: the scheduled-job example's nightly rule fires at once,
 * and its Python handler (generated, then edited to store the event it gets) runs with the Scheduled Event. Needs
 * python3 with boto3, which {@code .ci/run} installs.
 */
class RunConsoleEndToEndTest {

    private static final String SCHEDULED_JOB = Path.of("..", "examples", "scheduled-job.studio.json").toString();

    private final List<String> reports = new ArrayList<>();

    private static CliRun run(RunCommand run, Path project) {
        return CliRun.of(StudioCli.create((file, smokeTest) -> { }, DiagramLoader.standard(), Validator.standard(), run),
                "run", SCHEDULED_JOB, "--port", "0", "--api-port", "0", "--project", project.toString());
    }

    @Test
    void firingTheNightlyRuleOnTheConsoleRunsItsHandlerNow(@TempDir Path project) throws IOException {
        run(new RunCommand(DiagramLoader.standard(), Validator.standard(), endpoint -> { }), project);
        Path handler = project.resolve("functions/build-sales-report/app.py");
        Files.writeString(handler, Files.readString(handler).replace("    source = _event_source(event)",
                "    s3.put_object(Bucket=\"studio-example-reports\", Key=\"fired.json\", Body=json.dumps(event))\n"
                        + "    return {}"));
        PipedWriter typing = new PipedWriter();
        PipedReader console = new PipedReader(typing);
        RunCommand run = new RunCommand(DiagramLoader.standard(), Validator.standard(),
                endpoint -> typeThenAwaitReport(typing, endpoint), console);

        CliRun result = run(run, project);

        assertEquals(0, result.exitCode(), String.join("\n", result.err()));
        assertEquals(1, reports.size(), "no report within 30 s of typing fire\n" + result.out());
        assertTrue(reports.get(0).contains("Scheduled Event"), reports.get(0));
        assertTrue(String.join("\n", result.out()).contains("Type help and press Enter for commands"),
                result.out().toString());
    }

    private void typeThenAwaitReport(PipedWriter typing, URI endpoint) {
        try (typing; S3Client s3 = S3Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")))
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            typing.write("fire nightly-sales-report\n");
            typing.flush();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (reports.isEmpty() && System.nanoTime() < deadline) {
                try {
                    reports.add(s3.getObjectAsBytes(b -> b.bucket("studio-example-reports")
                            .key("fired.json")).asUtf8String());
                } catch (NoSuchKeyException notYet) {
                    LockSupport.parkNanos(100_000_000L); // the function runs asynchronously
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
