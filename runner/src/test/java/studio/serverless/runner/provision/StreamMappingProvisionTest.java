package studio.serverless.runner.provision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFiles;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.MutableClock;
import studio.serverless.runner.dynamodb.engine.item.PutItemRequest;
import studio.serverless.runner.dynamodb.engine.item.WriteOptions;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;
import studio.serverless.runner.kinesis.engine.PutEntry;
import studio.serverless.runner.lambda.mapping.stream.StartingPosition;
import studio.serverless.runner.lambda.mapping.stream.StreamMapping;

/**
 * A table or Kinesis stream drawn with a stream trigger feeds its function; the connection's settings become the
 * mapping's.
 */
class StreamMappingProvisionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPORTER = """
            import json, os, socket

            def handler(event, context):
                with socket.create_connection(("127.0.0.1", int(os.environ["REPORT_PORT"]))) as connection:
                    connection.sendall(json.dumps(event).encode())
            """;
    private static final String TABLE_TO_FUNCTION = """
            {"format": "serverless-studio-diagram", "version": 1,
             "services": [
               {"id": "dynamodb-1", "kind": "dynamodb", "name": "orders", "position": {"x": 0, "y": 0},
                "properties": {"partitionKey": "id", "partitionKeyType": "S", "streamViewType": "STREAM"}},
               {"id": "lambda-1", "kind": "lambda", "name": "on-order", "position": {"x": 200, "y": 0},
                "properties": {"runtime": "python3.13", "handler": "app.handler"}},
               {"id": "sqs-1", "kind": "sqs", "name": "order-failures", "position": {"x": 400, "y": 0},
                "properties": {}}],
             "connections": [
               {"id": "c1", "type": "dynamodb-stream", "source": "dynamodb-1", "target": "lambda-1",
                "properties": {"batchSize": 25, "startingPosition": "TRIM_HORIZON",
                               "bisectBatchOnFunctionError": true, "maximumRetryAttempts": 3}},
               {"id": "c2", "type": "on-failure", "source": "lambda-1", "target": "sqs-1", "properties": {}}]}
            """;

    private static final String KINESIS_TO_FUNCTION = """
            {"format": "serverless-studio-diagram", "version": 1,
             "services": [
               {"id": "kinesis-1", "kind": "kinesis", "name": "clicks", "position": {"x": 0, "y": 0},
                "properties": {"streamMode": "PROVISIONED", "shardCount": 2, "retentionPeriodHours": 48}},
               {"id": "lambda-1", "kind": "lambda", "name": "on-click", "position": {"x": 200, "y": 0},
                "properties": {"runtime": "python3.13", "handler": "app.handler"}}],
             "connections": [
               {"id": "c1", "type": "kinesis-stream", "source": "kinesis-1", "target": "lambda-1",
                "properties": {"batchSize": 10, "startingPosition": "LATEST"}}]}
            """;

    private final LocalCloud cloud = LocalCloud.start(0, new MutableClock());

    @TempDir
    Path code;

    @AfterEach
    void stop() {
        cloud.close();
    }

    @Test
    void aChangeToATableDrawnWithAStreamTriggerReachesItsFunction() throws Exception {
        Files.writeString(code.resolve("app.py"), REPORTER);
        try (ServerSocket reports = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            reports.setSoTimeout(30_000);
            Map<String, String> variables = Map.of("REPORT_PORT", Integer.toString(reports.getLocalPort()));
            DiagramProvisioner.forCloud(cloud, function -> new FunctionSource(code, variables))
                    .provision(DiagramFiles.load(Path.of("..", "examples", "order-status-changes.studio.json")));

            cloud.dynamoDb().putItem(new PutItemRequest("studio-example-order-status",
                    Map.of("orderId", new AttributeValue.S("o-1")), WriteOptions.NONE));

            JsonNode record = JSON.readTree(receive(reports)).get("Records").get(0);
            assertEquals("INSERT", record.get("eventName").asText());
            assertEquals("o-1", record.at("/dynamodb/Keys/orderId/S").asText());
        }
    }

    @Test
    void aRecordPutOnAKinesisStreamDrawnWithATriggerReachesItsFunction() throws Exception {
        Files.writeString(code.resolve("app.py"), REPORTER);
        Path file = Files.writeString(code.resolve("clicks.studio.json"), KINESIS_TO_FUNCTION);
        try (ServerSocket reports = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            reports.setSoTimeout(30_000);
            Map<String, String> variables = Map.of("REPORT_PORT", Integer.toString(reports.getLocalPort()));
            DiagramProvisioner.forCloud(cloud, function -> new FunctionSource(code, variables))
                    .provision(DiagramFiles.load(file));

            cloud.kinesis().putRecord("clicks", new PutEntry("user-1", null,
                    "hello".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

            JsonNode record = JSON.readTree(receive(reports)).get("Records").get(0);
            assertEquals("aws:kinesis", record.get("eventSource").asText());
            assertEquals("aGVsbG8=", record.at("/kinesis/data").asText());
            assertEquals(2, cloud.kinesis().stream("clicks").shards().size());
            assertEquals(48, cloud.kinesis().stream("clicks").retentionHours());
        }
    }

    @Test
    void theConnectionsSettingsAndTheFunctionsOnFailureQueueMakeTheMapping() throws Exception {
        Diagram diagram = diagram("NEW_AND_OLD_IMAGES");
        Connection trigger = diagram.connections().stream()
                .filter(connection -> connection.type() == ConnectionType.DYNAMODB_STREAM).findFirst().orElseThrow();

        StreamMapping mapping = StreamMappings.of(diagram, trigger);

        assertEquals(StreamMapping.of("on-order").withBatchSize(25)
                .withStartingPosition(StartingPosition.TRIM_HORIZON).withRetries(3, null)
                .withFailureHandling(true, false)
                .withOnFailure("arn:aws:sqs:us-east-1:000000000000:order-failures"), mapping);
    }

    @Test
    void aTableWhoseStreamIsOffRefusesItsTriggerSayingWhy() throws Exception {
        Diagram diagram = diagram("NONE");
        DiagramProvisioner provisioner = DiagramProvisioner.forCloud(cloud, function -> new FunctionSource(code,
                Map.of()));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> provisioner.provision(diagram));

        assertTrue(refused.getMessage().contains("table orders"), refused.getMessage());
        assertTrue(refused.getMessage().contains("stream is off"), refused.getMessage());
    }

    private Diagram diagram(String streamViewType) throws Exception {
        Path file = Files.writeString(code.resolve("orders.studio.json"),
                TABLE_TO_FUNCTION.replace("\"STREAM\"", "\"" + streamViewType + "\""));
        return DiagramFiles.load(file);
    }

    private static String receive(ServerSocket reports) throws Exception {
        try (Socket connection = reports.accept(); InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
