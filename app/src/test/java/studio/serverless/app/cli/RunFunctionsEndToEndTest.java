package studio.serverless.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * {@code studio run} with functions, end to end: the crud-api example's handlers are generated in Python, an
 * HTTP request to its API runs one in a real python3 process, and the item it writes (through boto3 at the
 * local cloud) is read back with the AWS SDK; an upload to a bucket triggers a handler that writes a derived
 * object. Needs python3 with boto3, which {@code .ci/run} installs.
 */
class RunFunctionsEndToEndTest {

    private static final String CRUD_API = Path.of("..", "examples", "crud-api.studio.json").toString();

    private final List<Map<String, AttributeValue>> itemsSeen = new ArrayList<>();
    private final List<Integer> statuses = new ArrayList<>();

    private CliRun run(StopSignal signal, String... args) {
        RunCommand run = new RunCommand(DiagramLoader.standard(), Validator.standard(), signal);
        return CliRun.of(StudioCli.create((file, smokeTest) -> { }, DiagramLoader.standard(), Validator.standard(), run), args);
    }

    @Test
    void aPostToTheApiRunsTheGeneratedPythonHandlerWhichWritesToTheLocalTable(@TempDir Path project)
            throws IOException {
        int apiPort = ExampleTraffic.freePort();
        CliRun result = run(endpoint -> postThenScan(endpoint, apiPort), "run", CRUD_API, "--port", "0",
                "--api-port", Integer.toString(apiPort), "--project", project.toString());

        assertEquals(0, result.exitCode(), String.join("\n", result.err()));
        assertEquals(List.of(200), statuses);
        assertEquals(1, itemsSeen.size(), itemsSeen.toString());
        assertTrue(itemsSeen.get(0).get("payload").s().contains("book"), itemsSeen.toString());
        assertTrue(Files.isRegularFile(project.resolve("functions/create-item/app.py")));
        String out = String.join("\n", result.out());
        assertTrue(out.contains("API items-api (HTTP) at http://127.0.0.1:" + apiPort), out);
        assertTrue(out.contains("[create-item] REPORT RequestId: "), out);
    }

    @Test
    void aHandlerTheUserEditedRunsAsEditedAndIsKept(@TempDir Path project) throws IOException {
        Path handler = project.resolve("functions/create-item/app.py");
        run(endpoint -> { }, "run", CRUD_API, "--port", "0", "--api-port", "0", "--project", project.toString());
        String edited = Files.readString(handler).replace("_put_item({**key,", "_put_item({**key, \"edited\": \"yes\",");
        Files.writeString(handler, edited);

        int apiPort = ExampleTraffic.freePort();
        CliRun result = run(endpoint -> postThenScan(endpoint, apiPort), "run", CRUD_API, "--port", "0",
                "--api-port", Integer.toString(apiPort), "--project", project.toString());

        assertEquals(edited, Files.readString(handler));
        assertEquals("yes", itemsSeen.get(0).get("edited").s(), itemsSeen.toString());
        assertTrue(String.join("\n", result.out()).contains("kept your edited functions/create-item/app.py"),
                result.out().toString());
    }

    @Test
    void aHandlerEditedWhileTheArchitectureRunsIsReloaded(@TempDir Path project) {
        Path handler = project.resolve("functions/create-item/app.py");
        int apiPort = ExampleTraffic.freePort();
        CliRun result = run(endpoint -> editThenPostUntilEdited(endpoint, apiPort, handler), "run", CRUD_API,
                "--port", "0", "--api-port", Integer.toString(apiPort), "--project", project.toString());

        assertEquals(0, result.exitCode(), String.join("\n", result.err()));
        assertEquals("yes", itemsSeen.get(itemsSeen.size() - 1).get("edited").s(), itemsSeen.toString());
        assertTrue(String.join("\n", result.out()).contains(
                "[create-item] app.py changed: the next invocation loads the new code"), result.out().toString());
    }

    /** Edits the running handler, then posts (for up to 30 s) until the item carries the edit. */
    private void editThenPostUntilEdited(URI endpoint, int apiPort, Path handler) {
        try {
            Files.writeString(handler, Files.readString(handler)
                    .replace("_put_item({**key,", "_put_item({**key, \"edited\": \"yes\","));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            itemsSeen.clear();
            postThenScan(endpoint, apiPort);
            if (itemsSeen.get(0).containsKey("edited")) {
                return;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(100_000_000L); // the reload follows the file's change
        }
        throw new AssertionError("the edited handler did not run within 30 s");
    }

    @Test
    void anUploadToTheBucketTriggersTheGeneratedHandlerWhichWritesADerivedObject(@TempDir Path project) {
        String pipeline = Path.of("..", "examples", "file-pipeline.studio.json").toString();
        List<String> derived = new ArrayList<>();
        CliRun result = run(endpoint -> derived.add(ExampleTraffic.uploadThenAwaitDerived(endpoint)), "run", pipeline, "--port", "0",
                "--api-port", "0", "--project", project.toString());

        assertEquals(0, result.exitCode(), String.join("\n", result.err()));
        // the generated example work reads the uploaded object and writes what the S3 event said under its key
        assertTrue(derived.get(0).contains("\"key\": \"uploads/photo.jpg\""), derived.toString());
        assertTrue(derived.get(0).contains("ObjectCreated:Put"), derived.toString());
    }

    private void postThenScan(URI endpoint, int apiPort) {
        statuses.add(ExampleTraffic.postBook(apiPort));
        itemsSeen.addAll(ExampleTraffic.items(endpoint));
    }
}
