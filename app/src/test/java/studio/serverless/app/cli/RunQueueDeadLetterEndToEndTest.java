package studio.serverless.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import studio.serverless.app.diagnostics.DiagramLoader;
import studio.serverless.app.testing.CliRun;
import studio.serverless.model.validation.Validator;

/**
 * {@code studio run} with a queue whose handler fails: the generated Python or Node.js handler, edited to throw, is
 * invoked for the message once per receive until the queue's redrive policy (maxReceiveCount 2) moves the message
 * to the dead-letter queue, where the SDK finds it with its receive count kept. The queue hides a received message for
 * 2 s only, so the test takes seconds. Needs python3 with boto3, node and npm, which {@code .ci/run} installs.
 */
class RunQueueDeadLetterEndToEndTest {

    private static final String JOBS = "studio-test-jobs";
    private static final String DEAD_LETTERS = "studio-test-jobs-dlq";

    private final List<Message> deadLettered = new ArrayList<>();

    private static CliRun run(StopSignal signal, String... args) {
        RunCommand run = new RunCommand(DiagramLoader.standard(), Validator.standard(), signal);
        return CliRun.of(StudioCli.create((file, smokeTest) -> { }, DiagramLoader.standard(), Validator.standard(), run), args);
    }

    /** How each runtime's generated handler is edited to fail: its file and the line that becomes a raise. */
    enum FailingHandler {
        PYTHON("python3.13", "app.py", "    source = _event_source(event)",
                "    raise RuntimeError(\"cannot process this job\")"),
        NODE("nodejs22.x", "app.mjs", "  const source = eventSource(event);",
                "  throw new Error(\"cannot process this job\");");

        final String runtime;
        final String file;
        final String line;
        final String failure;

        FailingHandler(String runtime, String file, String line, String failure) {
            this.runtime = runtime;
            this.file = file;
            this.line = line;
            this.failure = failure;
        }
    }

    @ParameterizedTest
    @EnumSource(FailingHandler.class)
    void aMessageWhoseHandlerFailsIsRetriedAndLandsInTheDeadLetterQueue(FailingHandler failing, @TempDir Path project)
            throws Exception {
        String diagram = diagram(failing.runtime, project);
        run(endpoint -> { }, "run", diagram, "--port", "0", "--api-port", "0", "--project", project.toString());
        Path handler = project.resolve("functions/process-job/" + failing.file);
        String generated = Files.readString(handler);
        assertTrue(generated.contains(failing.line), generated);
        Files.writeString(handler, generated.replace(failing.line, failing.failure));

        CliRun result = run(this::sendThenAwaitDeadLetter, "run", diagram, "--port", "0", "--api-port", "0",
                "--project", project.toString());

        assertEquals(0, result.exitCode(), String.join("\n", result.err()));
        assertEquals(1, deadLettered.size(), "no message in " + DEAD_LETTERS + " within 30 s\n" + result.out());
        Message dead = deadLettered.get(0);
        assertEquals("{\"job\":7}", dead.body());
        // received twice at the source (each run failed), then once here: SQS keeps the count when it moves it
        assertEquals("3", dead.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
        assertTrue(dead.attributes().get(MessageSystemAttributeName.DEAD_LETTER_QUEUE_SOURCE_ARN).endsWith(":" + JOBS));
        String out = String.join("\n", result.out());
        assertEquals(2, out.split("\\[process-job\\] REPORT RequestId: ", -1).length - 1, out);
        assertTrue(out.contains("cannot process this job"), out);
    }

    private void sendThenAwaitDeadLetter(URI endpoint) {
        try (SqsClient sqs = SqsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")))
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            sqs.sendMessage(b -> b.queueUrl(sqs.getQueueUrl(q -> q.queueName(JOBS)).queueUrl()).messageBody("{\"job\":7}"));
            String deadLetterUrl = sqs.getQueueUrl(q -> q.queueName(DEAD_LETTERS)).queueUrl();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (deadLettered.isEmpty() && System.nanoTime() < deadline) {
                deadLettered.addAll(sqs.receiveMessage(b -> b.queueUrl(deadLetterUrl).waitTimeSeconds(5)
                        .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages());
            }
        }
    }

    /** The test diagram with its function on {@code runtime}, written beside the project. */
    private String diagram(String runtime, Path folder) throws URISyntaxException, java.io.IOException {
        String text = Files.readString(Path.of(getClass().getResource("failing-queue.studio.json").toURI()));
        return Files.writeString(folder.resolve("failing-queue.studio.json"), text.replace("python3.13", runtime))
                .toString();
    }
}
