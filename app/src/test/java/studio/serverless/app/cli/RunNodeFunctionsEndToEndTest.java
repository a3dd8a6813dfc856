package studio.serverless.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import studio.serverless.app.diagnostics.DiagramLoader;
import studio.serverless.app.testing.CliRun;
import studio.serverless.model.validation.Validator;

/**
 * {@code studio run} with generated Node.js handlers: the crud-api example with its functions on nodejs22.x; the
 * handlers' AWS SDK v3 packages are installed with npm (once, for all), an HTTP POST to the API runs the create
 * handler in a real node process, and the item it writes is read back with the AWS SDK; the file-pipeline example
 * on nodejs22.x turns an upload into a derived object. Needs node and npm with the npm registry
 * reachable, which {@code .ci/run} provides.
 */
class RunNodeFunctionsEndToEndTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Map<String, AttributeValue>> itemsSeen = new ArrayList<>();
    private final List<Integer> statuses = new ArrayList<>();

    @Test
    void aPostToTheApiRunsTheGeneratedNodeHandlerWhichWritesToTheLocalTable(@TempDir Path folder)
            throws IOException {
        Path diagram = folder.resolve("crud-api-node.studio.json");
        Files.writeString(diagram, Files.readString(Path.of("..", "examples", "crud-api.studio.json"))
                .replace("python3.13", "nodejs22.x"));
        Path project = folder.resolve("project");
        int apiPort = freePort();
        RunCommand run = new RunCommand(DiagramLoader.standard(), Validator.standard(),
                endpoint -> postThenScan(endpoint, apiPort));

        CliRun result = CliRun.of(StudioCli.create(file -> { }, DiagramLoader.standard(), Validator.standard(), run),
                "run", diagram.toString(), "--port", "0", "--api-port", Integer.toString(apiPort),
                "--project", project.toString());

        String out = String.join("\n", result.out());
        assertEquals(0, result.exitCode(), String.join("\n", result.err()));
        assertEquals(List.of(200), statuses, out);
        assertEquals(1, itemsSeen.size(), itemsSeen + "\n" + out);
        assertTrue(itemsSeen.get(0).get("payload").s().contains("book"), itemsSeen.toString());
        assertTrue(Files.isDirectory(project.resolve("functions/node_modules/@aws-sdk/lib-dynamodb")));
        assertTrue(out.contains("Installing the AWS SDK packages Lambda provides"), out);
        assertTrue(out.contains("[create-item] REPORT RequestId: "), out);
    }

    @Test
    void anUploadRunsTheGeneratedNodeHandlerWhichWritesADerivedObject(@TempDir Path folder) throws IOException {
        Path diagram = folder.resolve("file-pipeline-node.studio.json");
        Files.writeString(diagram, Files.readString(Path.of("..", "examples", "file-pipeline.studio.json"))
                .replace("python3.13", "nodejs22.x"));
        List<String> derived = new ArrayList<>();
        RunCommand run = new RunCommand(DiagramLoader.standard(), Validator.standard(),
                endpoint -> derived.add(uploadThenAwaitDerived(endpoint)));

        CliRun result = CliRun.of(StudioCli.create(file -> { }, DiagramLoader.standard(), Validator.standard(), run),
                "run", diagram.toString(), "--port", "0", "--api-port", "0", "--project",
                folder.resolve("project").toString());

        assertEquals(0, result.exitCode(), String.join("\n", result.err()));
        assertTrue(derived.get(0).contains("\"key\":\"uploads/photo.jpg\""), derived + "\n" + result.out());
        assertTrue(derived.get(0).contains("ObjectCreated:Put"), derived.toString());
    }

    /** Uploads a photo under the notification's prefix, then waits (up to 30 s) for the handler's derived object. */
    private static String uploadThenAwaitDerived(URI endpoint) {
        try (S3Client s3 = S3Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")))
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            s3.putObject(b -> b.bucket("studio-example-uploads").key("uploads/photo.jpg"),
                    RequestBody.fromString("not really a photo"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                try {
                    return s3.getObjectAsBytes(b -> b.bucket("studio-example-results").key("uploads/photo.jpg"))
                            .asUtf8String();
                } catch (NoSuchKeyException notYet) {
                    LockSupport.parkNanos(100_000_000L); // the function runs asynchronously
                }
            }
            throw new AssertionError("no derived object in studio-example-results within 30 s");
        }
    }

    private void postThenScan(URI endpoint, int apiPort) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + apiPort + "/items")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"42\",\"name\":\"book\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            statuses.add(response.statusCode());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
