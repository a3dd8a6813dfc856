package studio.serverless.runner.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import studio.serverless.runner.lambda.engine.FunctionConfiguration;
import studio.serverless.runner.lambda.mapping.SqsMapping;

/** An SQS event source mapping feeds a function batches shaped as AWS's, deletes what succeeded, redrives failures. */
class SqsMappingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORWARDER = """
            import json, socket

            def handler(event, context):
                port = int(open("port.txt").read())
                with socket.create_connection(("127.0.0.1", port)) as connection:
                    connection.sendall(json.dumps(event).encode())
            """;
    private static final String PARTIAL = """
            import json, socket

            def handler(event, context):
                port = int(open("port.txt").read())
                with socket.create_connection(("127.0.0.1", port)) as connection:
                    connection.sendall(json.dumps(event).encode())
                return {"batchItemFailures": [{"itemIdentifier": record["messageId"]}
                                              for record in event["Records"] if record["body"] == "bad"]}
            """;
    private static final String HOLDING = """
            import socket

            def handler(event, context):
                port = int(open("port.txt").read())
                with socket.create_connection(("127.0.0.1", port)) as connection:
                    connection.sendall((event["Records"][0]["body"] + "\\n").encode())
                    connection.recv(1)  # held until the test closes the connection
            """;
    private static final String FAILING = """
            def handler(event, context):
                raise RuntimeError("cannot bill " + event["Records"][0]["body"])
            """;

    @TempDir
    Path code;
    private FunctionTestCloud cloud;
    private SqsClient sqs;

    @BeforeEach
    void startCloud() {
        cloud = new FunctionTestCloud(code);
        sqs = SqsClient.builder().endpointOverride(cloud.cloud.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(cloud.lambda.serviceClientConfiguration().credentialsProvider())
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    @AfterEach
    void stopCloud() {
        sqs.close();
        cloud.close();
    }

    @Test
    void aSentMessageReachesTheFunctionAsAnSqsEventAndIsDeletedAfterwards() throws Exception {
        String url = queue("orders", Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "0"));
        try (HandlerSignal first = new HandlerSignal(); HandlerSignal second = new HandlerSignal()) {
            Path folder = cloud.codeFolder(Map.of("app.py", FORWARDER, "port.txt", Integer.toString(first.port())));
            String function = cloud.function(FunctionConfiguration.of(FunctionTestCloud.uniqueName(), "python3.13",
                    "app.handler", folder));
            cloud.cloud.eventSourceMappings().start(SqsMapping.of("orders", function));

            sqs.sendMessage(b -> b.queueUrl(url).messageBody("order 1").messageAttributes(Map.of("tenant",
                    MessageAttributeValue.builder().dataType("String").stringValue("acme").build())));
            first.awaitHandler();
            Files.writeString(folder.resolve("port.txt"), Integer.toString(second.port()));
            JsonNode record = JSON.readTree(first.received()).get("Records").get(0);
            sqs.sendMessage(b -> b.queueUrl(url).messageBody("order 2"));
            second.awaitHandler();
            JsonNode next = JSON.readTree(second.received()).get("Records");

            assertEquals("order 1", record.get("body").asText());
            assertEquals("aws:sqs", record.get("eventSource").asText());
            assertEquals("arn:aws:sqs:us-east-1:000000000000:orders", record.get("eventSourceARN").asText());
            assertEquals("acme", record.get("messageAttributes").get("tenant").get("stringValue").asText());
            assertEquals("1", record.get("attributes").get("ApproximateReceiveCount").asText());
            assertEquals(1, next.size(), "the first message was deleted: " + next);
            assertEquals("order 2", next.get(0).get("body").asText());
        }
    }

    @Test
    void withReportBatchItemFailuresOnlyTheReportedMessagesComeBack() throws Exception {
        String url = queue("payments", Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "0"));
        try (HandlerSignal first = new HandlerSignal(); HandlerSignal second = new HandlerSignal()) {
            Path folder = cloud.codeFolder(Map.of("app.py", PARTIAL, "port.txt", Integer.toString(first.port())));
            String function = cloud.function(FunctionConfiguration.of(FunctionTestCloud.uniqueName(), "python3.13",
                    "app.handler", folder));
            sqs.sendMessage(b -> b.queueUrl(url).messageBody("good"));
            sqs.sendMessage(b -> b.queueUrl(url).messageBody("bad"));
            cloud.cloud.eventSourceMappings().start(new SqsMapping("payments", function, 10, Duration.ofSeconds(1),
                    true));

            first.awaitHandler();
            Files.writeString(folder.resolve("port.txt"), Integer.toString(second.port()));
            JsonNode batch = JSON.readTree(first.received()).get("Records");
            second.awaitHandler();
            JsonNode retried = JSON.readTree(second.received()).get("Records");

            assertEquals(2, batch.size(), batch.toString());
            assertEquals(1, retried.size(), retried.toString());
            assertEquals("bad", retried.get(0).get("body").asText());
        }
    }

    @Test
    void aMessageWhoseHandlerKeepsFailingIsRetriedAndLandsInTheDeadLetterQueue() {
        String deadLetterUrl = queue("billing-dlq", Map.of());
        String deadLetterArn = sqs.getQueueAttributes(b -> b.queueUrl(deadLetterUrl)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        String url = queue("billing", Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "0",
                QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + deadLetterArn
                        + "\",\"maxReceiveCount\":\"2\"}"));
        String function = cloud.function("python3.13", "app.handler", Map.of("app.py", FAILING));
        cloud.cloud.eventSourceMappings().start(SqsMapping.of("billing", function));

        sqs.sendMessage(b -> b.queueUrl(url).messageBody("order 9"));

        List<Message> dead = sqs.receiveMessage(b -> b.queueUrl(deadLetterUrl).waitTimeSeconds(20)
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
        assertEquals(1, dead.size());
        assertEquals("order 9", dead.get(0).body());
        assertEquals("arn:aws:sqs:us-east-1:000000000000:billing",
                dead.get(0).attributes().get(MessageSystemAttributeName.DEAD_LETTER_QUEUE_SOURCE_ARN));
    }

    @Test
    void withAMaximumConcurrencyOfTwoTwoBatchesRunAtOnce() throws Exception {
        String url = queue("shipments", Map.of());
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(30_000);
            String function = cloud.function("python3.13", "app.handler",
                    Map.of("app.py", HOLDING, "port.txt", Integer.toString(server.getLocalPort())));
            cloud.cloud.eventSourceMappings().start(new SqsMapping("shipments", function, 1, Duration.ZERO, false)
                    .withMaximumConcurrency(2));

            sqs.sendMessage(b -> b.queueUrl(url).messageBody("parcel a"));
            sqs.sendMessage(b -> b.queueUrl(url).messageBody("parcel b"));

            // each handler holds its connection open: two accepted means two invocations run at the same time
            try (Socket first = server.accept(); Socket second = server.accept()) {
                assertEquals(Set.of("parcel a", "parcel b"), Set.of(firstLine(first), firstLine(second)));
            }
        }
    }

    @Test
    void aMaximumConcurrencyOutsideTwoToAThousandIsRefused() {
        SqsMapping mapping = SqsMapping.of("shipments", "ship");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> mapping.withMaximumConcurrency(1));

        assertEquals("SQS mapping shipments -> ship: maximum concurrency 1, expected 2 to 1000", refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> mapping.withMaximumConcurrency(1001));
    }

    private static String firstLine(Socket socket) throws IOException {
        socket.setSoTimeout(30_000);
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
    }

    private String queue(String name, Map<QueueAttributeName, String> attributes) {
        return sqs.createQueue(b -> b.queueName(name).attributes(attributes)).queueUrl();
    }
}
