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
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import studio.serverless.app.diagnostics.DiagramLoader;
import studio.serverless.app.testing.CliRun;
import studio.serverless.app.testing.FakeDiagrams;
import studio.serverless.app.testing.FakeLoader;
import studio.serverless.model.validation.Validator;
import studio.serverless.runner.LocalCloud;

/** {@code studio run}: the diagram's resources are served at the printed endpoint until the run is stopped. */
class RunCommandTest {

    private static final String QUEUE_ORDERS = Path.of("..", "examples", "queue-orders.studio.json").toString();

    /** A queue of the example that no function polls (the functions consume "orders" as soon as they run). */
    private static final String UNPOLLED_QUEUE = "orders-dlq";

    private final List<String> queuesSeenWhileRunning = new ArrayList<>();

    /** Where the runs write their handler projects (never beside the examples). */
    @TempDir
    Path projects;

    private CliRun run(StopSignal signal, String... args) {
        RunCommand run = new RunCommand(DiagramLoader.standard(), Validator.standard(), signal);
        List<String> all = new ArrayList<>(List.of(args));
        if (args.length > 0 && args[0].equals("run")) {
            all.addAll(List.of("--project", projects.resolve("project").toString(), "--api-port", "0"));
        }
        return CliRun.of(StudioCli.create((file, smokeTest) -> { }, DiagramLoader.standard(), Validator.standard(), run),
                all.toArray(String[]::new));
    }

    private static SqsClient client(URI endpoint) {
        return SqsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    private void listQueues(URI endpoint) {
        try (SqsClient sqs = client(endpoint)) {
            queuesSeenWhileRunning.addAll(sqs.listQueues().queueUrls());
        }
    }

    @Test
    void theDiagramsQueuesAreServedAtThePrintedEndpointUntilStopped() {
        CliRun result = run(this::listQueues, "run", QUEUE_ORDERS, "--port", "0");

        assertEquals(0, result.exitCode(), result.err().toString());
        assertEquals(2, queuesSeenWhileRunning.size(), queuesSeenWhileRunning.toString());
        assertTrue(queuesSeenWhileRunning.stream().anyMatch(url -> url.endsWith("/000000000000/orders-dlq")));
        assertTrue(result.out().get(0).startsWith("Local cloud for " + QUEUE_ORDERS + " at http://127.0.0.1:"),
                result.out().toString());
        assertTrue(result.out().contains("Local cloud stopped."), result.out().toString());
    }

    @Test
    void theBannerListsEveryResourceAndHowToPointAnSdkAtIt() {
        CliRun result = run(endpoint -> { }, "run", QUEUE_ORDERS, "--port", "0");

        String out = String.join("\n", result.out());
        assertTrue(out.contains("orders-dlq"), out);
        assertTrue(out.contains("export AWS_ENDPOINT_URL=http://127.0.0.1:"), out);
    }

    @Test
    void withADataFolderMessagesSentInOneRunAreThereInTheNext(@TempDir Path data) {
        StopSignal sendOne = endpoint -> {
            try (SqsClient sqs = client(endpoint)) {
                sqs.sendMessage(b -> b.queueUrl(sqs.getQueueUrl(q -> q.queueName(UNPOLLED_QUEUE)).queueUrl())
                        .messageBody("kept across runs"));
            }
        };
        List<String> received = new ArrayList<>();
        StopSignal receive = endpoint -> {
            try (SqsClient sqs = client(endpoint)) {
                String url = sqs.getQueueUrl(q -> q.queueName(UNPOLLED_QUEUE)).queueUrl();
                sqs.receiveMessage(b -> b.queueUrl(url)).messages().forEach(m -> received.add(m.body()));
            }
        };

        run(sendOne, "run", QUEUE_ORDERS, "--port", "0", "--data", data.toString());
        CliRun second = run(receive, "run", QUEUE_ORDERS, "--port", "0", "--data", data.toString());

        assertEquals(0, second.exitCode(), second.err().toString());
        assertEquals(List.of("kept across runs"), received);
    }

    @Test
    void aTakenPortIsBadInputWithAHint() {
        try (LocalCloud other = LocalCloud.start(0)) {
            CliRun result = run(endpoint -> { }, "run", QUEUE_ORDERS, "--port", String.valueOf(other.port()));

            assertEquals(RunCommand.BAD_INPUT, result.exitCode());
            assertTrue(result.err().get(0).contains("cannot listen on 127.0.0.1:" + other.port()), result.err().toString());
        }
    }

    @Test
    void aDiagramWithErrorsIsRefusedWithItsErrorsAndNothingIsServed(@TempDir Path folder) throws IOException {
        FakeLoader loader = new FakeLoader();
        loader.diagram("broken.studio.json", FakeDiagrams.withServices("error"));
        Path file = Files.writeString(folder.resolve("broken.studio.json"), "{}");
        RunCommand run = new RunCommand(loader, FakeDiagrams.validator(), endpoint -> {
            throw new AssertionError("a diagram with errors must not be served");
        });

        CliRun result = CliRun.of(StudioCli.create((opened, smokeTest) -> { }, loader, FakeDiagrams.validator(), run),
                "run", file.toString(), "--port", "0");

        assertEquals(RunCommand.HAS_ERRORS, result.exitCode());
        assertTrue(result.err().contains(file + ": error named-severity: Queue error is flagged."),
                result.err().toString());
    }

    @Test
    void aMissingFileIsBadInput() {
        CliRun result = run(endpoint -> { }, "run", "no-such.studio.json", "--port", "0");

        assertEquals(RunCommand.BAD_INPUT, result.exitCode());
    }

    @Test
    void aStateMachineTheLocalServiceRefusesIsReportedByNameAndTheRestStillRuns() throws IOException {
        Path diagram = projects.resolve("broken.studio.json");
        Files.writeString(diagram, """
                {"format": "serverless-studio-diagram", "version": 1,
                 "services": [
                   {"id": "sfn-1", "kind": "stepfunctions", "name": "broken", "position": {"x": 0, "y": 0},
                    "properties": {"definition": "{\\"StartAt\\": \\"A\\", \\"States\\": {\\"A\\": {\\"Type\\": \\"Pass\\", \\"Next\\": \\"B\\"}}}"}},
                   {"id": "sqs-1", "kind": "sqs", "name": "still-served", "position": {"x": 200, "y": 0}}],
                 "connections": []}
                """);

        CliRun result = run(this::listQueues, "run", diagram.toString(), "--port", "0");

        assertEquals(0, result.exitCode(), String.join("\n", result.err()));
        assertTrue(queuesSeenWhileRunning.stream().anyMatch(url -> url.endsWith("/still-served")),
                queuesSeenWhileRunning.toString());
        String out = String.join("\n", result.out());
        assertTrue(out.contains("  not created: state machine broken was not created: Invalid State Machine"
                + " Definition: "), out);
        assertTrue(out.contains("States.A.Next: State 'A', field 'Next': names 'B', which is not a state"), out);
    }
}
