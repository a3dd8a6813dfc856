package studio.serverless.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import studio.serverless.app.run.HandlerProject;
import studio.serverless.app.testing.CliRun;
import studio.serverless.app.testing.ExampleTraffic;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Validator;

/**
 * {@code studio run} with generated Java handlers, end to end: the crud-api example with its functions on
 * {@code java17}, the generated Maven projects built in the test (with {@code javax.tools}, as a Maven build per
 * function would take minutes on CI), an HTTP POST to the API running the Java handler in a JVM, which writes the item
 * through the AWS SDK for Java at the local cloud, read back with the SDK.
 */
class RunJavaFunctionsEndToEndTest {

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
        int apiPort = ExampleTraffic.freePort();

        RunCommand run = new RunCommand(DiagramLoader.standard(), Validator.standard(), endpoint -> postThenScan(endpoint,
                apiPort));
        CliRun result = CliRun.of(StudioCli.create((file, smokeTest) -> { }, DiagramLoader.standard(), Validator.standard(), run),
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

    private void postThenScan(URI endpoint, int apiPort) {
        statuses.add(ExampleTraffic.postBook(apiPort));
        itemsSeen.addAll(ExampleTraffic.items(endpoint));
    }
}
