package studio.serverless.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import studio.serverless.app.diagnostics.DiagramLoader;
import studio.serverless.app.run.HandlerProject;
import studio.serverless.app.testing.CliRun;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Validator;

/**
 * {@code studio run} with generated Java handlers, end to end: the crud-api example with its functions on
 * {@code java17}, the generated Maven projects built in the test (with {@code javax.tools}, as a Maven build per
 * function would take minutes on CI), an HTTP POST to the API running the Java handler in a JVM, which writes the item
 * through the AWS SDK for Java at the local cloud, read back with the SDK.
 */
class RunJavaFunctionsEndToEndTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Integer> statuses = new ArrayList<>();
    private final List<Map<String, AttributeValue>> itemsSeen = new ArrayList<>();

    @Test
    void aPostToTheApiRunsTheGeneratedJavaHandlerWhichWritesToTheLocalTable(@TempDir Path folder) throws Exception {
        Path diagram = folder.resolve("crud-java.studio.json");
        Files.writeString(diagram, Files.readString(Path.of("..", "examples", "crud-api.studio.json"))
                .replace("\"python3.13\"", "\"java17\""));
        Path project = folder.resolve("project");
        HandlerProject handlers = HandlerProject.prepare(DiagramLoader.standard().load(diagram), project);
        for (Service function : handlers.diagram().services()) {
            if (function.properties().text("runtime").startsWith("java")) {
                CompiledJavaProject.build(handlers.codeFolder(function));
            }
        }
        int apiPort = freePort();

        RunCommand run = new RunCommand(DiagramLoader.standard(), Validator.standard(), endpoint -> post(endpoint,
                apiPort));
        CliRun result = CliRun.of(StudioCli.create(file -> { }, DiagramLoader.standard(), Validator.standard(), run),
                "run", diagram.toString(), "--port", "0", "--api-port", Integer.toString(apiPort), "--project",
                project.toString());

        String out = String.join("\n", result.out());
        assertEquals(0, result.exitCode(), String.join("\n", result.err()));
        assertFalse(out.contains("Building Java function"), "built projects are not built again: " + out);
        assertEquals(List.of(200), statuses, out);
        assertEquals(1, itemsSeen.size(), itemsSeen.toString());
        assertTrue(itemsSeen.get(0).get("payload").s().contains("book"), itemsSeen.toString());
        assertTrue(out.contains("[create-item] REPORT RequestId: "), out);
    }

    private void post(URI endpoint, int apiPort) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + apiPort + "/items")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"42\",\"name\":\"book\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            statuses.add(response.statusCode());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try (DynamoDbClient dynamoDb = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")))
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            itemsSeen.addAll(dynamoDb.scan(b -> b.tableName("studio-example-items")).items());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
