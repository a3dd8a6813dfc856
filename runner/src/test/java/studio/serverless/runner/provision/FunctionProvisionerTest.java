package studio.serverless.runner.provision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.format.DiagramFiles;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.MutableClock;
import studio.serverless.runner.lambda.engine.FunctionConfiguration;
import studio.serverless.runner.sns.engine.SnsMessage;
import studio.serverless.runner.sqs.engine.ReceiveRequest;
import studio.serverless.runner.sqs.engine.ReceivedMessage;

/** A diagram's functions run with their settings, and its schedules invoke them. */
class FunctionProvisionerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPORTER = """
            import json, os, socket

            def handler(event, context):
                port = int(os.environ["REPORT_PORT"])
                with socket.create_connection(("127.0.0.1", port)) as connection:
                    connection.sendall(json.dumps({"event": event, "memory": context.memory_limit_in_mb}).encode())
            """;

    private static final String TOPIC_TO_FUNCTION = """
            {"format": "serverless-studio-diagram", "version": 1,
             "services": [
               {"id": "sns-1", "kind": "sns", "name": "orders", "position": {"x": 0, "y": 0}, "properties": {}},
               {"id": "lambda-1", "kind": "lambda", "name": "on-order", "position": {"x": 200, "y": 0},
                "properties": {"runtime": "python3.13", "handler": "app.handler"}}],
             "connections": [
               {"id": "c1", "type": "sns-subscription", "source": "sns-1", "target": "lambda-1", "properties": {}}]}
            """;

    private final MutableClock clock = new MutableClock();
    private final LocalCloud cloud = LocalCloud.start(0, clock);

    @TempDir
    Path code;

    @AfterEach
    void stop() {
        cloud.close();
    }

    @Test
    void aScheduledRuleInvokesItsProvisionedFunctionWithAScheduledEvent() throws Exception {
        Files.writeString(code.resolve("app.py"), REPORTER);
        try (ServerSocket reports = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            reports.setSoTimeout(30_000);
            List<ProvisionedResource> created = DiagramProvisioner.forCloud(cloud, function -> new FunctionSource(
                    code, Map.of("REPORT_PORT", Integer.toString(reports.getLocalPort()))))
                    .provision(DiagramFiles.load(Path.of("..", "examples", "scheduled-job.studio.json")));

            clock.advance(Duration.ofHours(3));
            cloud.events().fireDueSchedules();

            JsonNode report = JSON.readTree(receive(reports));
            assertEquals("Scheduled Event", report.get("event").get("detail-type").asText());
            assertEquals("1024", report.get("memory").asText());
            assertTrue(created.contains(new ProvisionedResource(ServiceKind.LAMBDA_FUNCTION, "build-sales-report",
                    "arn:aws:lambda:us-east-1:000000000000:function:build-sales-report")), created.toString());
        }
    }

    @Test
    void aFunctionDrawnAsATopicSubscriberReceivesItsMessages() throws Exception {
        Files.writeString(code.resolve("app.py"), REPORTER);
        Path diagram = Files.writeString(code.resolve("topic.studio.json"), TOPIC_TO_FUNCTION);
        try (ServerSocket reports = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            reports.setSoTimeout(30_000);
            Map<String, String> variables = Map.of("REPORT_PORT", Integer.toString(reports.getLocalPort()));
            DiagramProvisioner.forCloud(cloud, function -> new FunctionSource(code, variables))
                    .provision(DiagramFiles.load(diagram));

            cloud.sns().publish(cloud.sns().topics().get(0).arn(), SnsMessage.of("order 7 placed"));

            JsonNode record = JSON.readTree(receive(reports)).get("event").get("Records").get(0);
            assertEquals("order 7 placed", record.get("Sns").get("Message").asText());
        }
    }

    @Test
    void anUploadToABucketDrawnWithANotificationInvokesItsFunction() throws Exception {
        Files.writeString(code.resolve("app.py"), REPORTER);
        try (ServerSocket reports = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            reports.setSoTimeout(30_000);
            Map<String, String> variables = Map.of("REPORT_PORT", Integer.toString(reports.getLocalPort()));
            DiagramProvisioner.forCloud(cloud, function -> new FunctionSource(code, variables))
                    .provision(DiagramFiles.load(Path.of("..", "examples", "file-pipeline.studio.json")));

            try (S3Client s3 = S3Client.builder().endpointOverride(cloud.endpoint()).region(Region.US_EAST_1)
                    .forcePathStyle(true).credentialsProvider(StaticCredentialsProvider.create(
                            AwsBasicCredentials.create("AKID", "secret"))).httpClient(UrlConnectionHttpClient.create())
                    .build()) {
                s3.putObject(b -> b.bucket("studio-example-uploads").key("ignored/a.csv"), RequestBody.fromString("a"));
                s3.putObject(b -> b.bucket("studio-example-uploads").key("uploads/b.csv"), RequestBody.fromString("b"));
            }

            JsonNode record = JSON.readTree(receive(reports)).get("event").get("Records").get(0);
            assertEquals("aws:s3", record.get("eventSource").asText());
            assertEquals("uploads/b.csv", record.get("s3").get("object").get("key").asText());
        }
    }

    @Test
    void aFunctionDrawnWithAnOnFailureQueueSendsItsFailedEventsThereAfterTheRetries() throws Exception {
        Files.writeString(code.resolve("app.py"), "def handler(event, context):\n    raise ValueError('corrupt')\n");
        cloud.lambda().useRetryDelays(List.of(Duration.ZERO));
        DiagramProvisioner.forCloud(cloud, function -> new FunctionSource(code, Map.of()))
                .provision(DiagramFiles.load(Path.of("..", "examples", "file-pipeline.studio.json")));

        cloud.lambda().invokeAsync("process-upload", "{\"Records\":[]}".getBytes(StandardCharsets.UTF_8));

        List<ReceivedMessage> records = cloud.sqs().receive("process-upload-failures",
                new ReceiveRequest(1, null, 20, Set.of(), List.of()));
        assertEquals(1, records.size());
        JsonNode context = JSON.readTree(records.get(0).body()).get("requestContext");
        assertEquals("RetriesExhausted", context.get("condition").asText());
        assertEquals(3, context.get("approximateInvokeCount").asInt());
    }

    @Test
    void aFunctionsSettingsComeFromTheDiagram() throws Exception {
        var diagram = DiagramFiles.load(Path.of("..", "examples", "scheduled-job.studio.json"));

        DiagramProvisioner.forCloud(cloud, function -> new FunctionSource(code, Map.of("A", "b")))
                .provision(diagram);

        FunctionConfiguration function = cloud.lambda().function("build-sales-report").orElseThrow();
        assertEquals("python3.13", function.runtime());
        assertEquals("app.handler", function.handler());
        assertEquals(Duration.ofSeconds(300), function.timeout());
        assertEquals(FunctionConfiguration.DEFAULT_CONCURRENCY, function.reservedConcurrency());
        assertEquals(Map.of("A", "b"), function.environment());
    }

    private static String receive(ServerSocket reports) throws IOException {
        try (Socket connection = reports.accept(); InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
