package studio.serverless.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import studio.serverless.app.diagnostics.DiagramLoader;
import studio.serverless.app.testing.CliRun;
import studio.serverless.app.testing.ExampleTraffic;
import studio.serverless.model.validation.Validator;

/**
 * {@code studio run} with generated Node.js handlers: the crud-api example with its functions on nodejs22.x; the
 * handlers' AWS SDK v3 packages are installed with npm (once, for all), an HTTP POST to the API runs the create
 * handler in a real node process, and the item it writes is read back with the AWS SDK; the file-pipeline example
 * on nodejs22.x turns an upload into a derived object. Needs node and npm with the npm registry
 * reachable, which {@code .ci/run} provides.
 */
class RunNodeFunctionsEndToEndTest {

    private final List<Map<String, AttributeValue>> itemsSeen = new ArrayList<>();
    private final List<Integer> statuses = new ArrayList<>();

    @Test
    void aPostToTheApiRunsTheGeneratedNodeHandlerWhichWritesToTheLocalTable(@TempDir Path folder)
            throws IOException {
        Path diagram = folder.resolve("crud-api-node.studio.json");
        Files.writeString(diagram, Files.readString(Path.of("..", "examples", "crud-api.studio.json"))
                .replace("python3.13", "nodejs22.x"));
        Path project = folder.resolve("project");
        int apiPort = ExampleTraffic.freePort();
        RunCommand run = new RunCommand(DiagramLoader.standard(), Validator.standard(),
                endpoint -> postThenScan(endpoint, apiPort));

        CliRun result = CliRun.of(StudioCli.create((file, smokeTest) -> { }, DiagramLoader.standard(), Validator.standard(), run),
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
                endpoint -> derived.add(ExampleTraffic.uploadThenAwaitDerived(endpoint)));

        CliRun result = CliRun.of(StudioCli.create((file, smokeTest) -> { }, DiagramLoader.standard(), Validator.standard(), run),
                "run", diagram.toString(), "--port", "0", "--api-port", "0", "--project",
                folder.resolve("project").toString());

        assertEquals(0, result.exitCode(), String.join("\n", result.err()));
        assertTrue(derived.get(0).contains("\"key\":\"uploads/photo.jpg\""), derived + "\n" + result.out());
        assertTrue(derived.get(0).contains("ObjectCreated:Put"), derived.toString());
    }

    private void postThenScan(URI endpoint, int apiPort) {
        statuses.add(ExampleTraffic.postBook(apiPort));
        itemsSeen.addAll(ExampleTraffic.items(endpoint));
    }
}
