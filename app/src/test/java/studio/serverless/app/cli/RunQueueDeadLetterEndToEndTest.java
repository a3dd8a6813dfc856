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
import org.junit.jupiter.api.Test;
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
 * {@code studio run} with a queue whose handler fails: the generated Python handler, edited to raise, is invoked
 * for the message once per receive until the queue's redrive policy (maxReceiveCount 2) moves the message to the
 * dead-letter queue, where the SDK finds it with its receive count kept. The queue hides a received message for
 * 2 s only, so the test takes seconds. Needs python3 with boto3, which {@code .ci/run} installs.
 */
class RunQueueDeadLetterEndToEndTest {

    private static final String JOBS = "studio-test-jobs";
    private static final String DEAD_LETTERS = "studio-test-jobs-dlq";

    private final List<Message> deadLettered = new ArrayList<>();

    private static CliRun run(StopSignal signal, String... args) {
        RunCommand run = new RunCommand(DiagramLoader.standard(), Validator.standard(), signal);
        return CliRun.of(StudioCli.create(file -> { }, DiagramLoader.standard(), Validator.standard(), run), args);
    }

    @Test
    void aMessageWhoseHandlerFailsIsRetriedAndLandsInTheDeadLetterQueue(@TempDir Path project) throws Exception {
        String diagram = diagram();
        run(endpoint -> { }, "run", diagram, "--port", "0", "--api-port", "0", "--project", project.toString());
        Path handler = project.resolve("functions/process-job/app.py");
        Files.writeString(handler, Files.readString(handler).replace("    source = _event_source(event)",
                "    raise RuntimeError(\"cannot process this job\")"));

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

    private String diagram() throws URISyntaxException {
        return Path.of(getClass().getResource("failing-queue.studio.json").toURI()).toString();
    }
}
