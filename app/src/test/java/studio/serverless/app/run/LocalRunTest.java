package studio.serverless.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.app.diagnostics.DiagramLoader;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.runner.apigateway.ApiGatewayListener;

/** A {@link LocalRun} of an example: started step by step, serving its API, and stopped with every port freed. */
class LocalRunTest {

    private static final Path CRUD_API = Path.of("..", "examples", "crud-api.studio.json");

    @TempDir
    Path project;

    private final List<RunStep> steps = new ArrayList<>();

    private LocalRunSettings settings(int cloudPort, int apiPort) throws Exception {
        Diagram diagram = DiagramLoader.standard().load(CRUD_API);
        return new LocalRunSettings(diagram, project, cloudPort, apiPort, Optional.empty());
    }

    private LocalRunListener recordingSteps() {
        return new LocalRunListener() {
            @Override
            public void step(RunStep step) {
                steps.add(step);
            }
        };
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void startingTellsEveryStepInOrderAndServesTheDiagramsApi() throws Exception {
        try (LocalRun run = LocalRun.start(settings(0, 0), recordingSteps())) {
            assertEquals(List.of(RunStep.values()), steps);
            assertTrue(run.resources().stream().anyMatch(resource -> resource.kind() == ServiceKind.DYNAMODB_TABLE));
            ApiGatewayListener api = run.apis().listeners().get(0);
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(api.uri() + "/items")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            assertEquals("items-api", api.api().name());
        }
    }

    @Test
    void stoppingFreesTheCloudsPortAndTheApisPorts() throws Exception {
        LocalRun run = LocalRun.start(settings(0, 0), LocalRunListener.NONE);
        int cloudPort = run.cloud().port();
        int apiPort = run.apis().listeners().get(0).uri().getPort();

        run.stop();

        assertTrue(isFree(cloudPort), "the local cloud's port is still taken");
        assertTrue(isFree(apiPort), "the API's port is still taken");
    }

    @Test
    void aTakenApiPortFailsTheStartInThatStepAndLeavesTheCloudStopped() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int cloudPort = freePort();
            LocalRunException failure = assertThrows(LocalRunException.class,
                    () -> LocalRun.start(settings(cloudPort, taken.getLocalPort()), recordingSteps()));

            assertEquals(RunStep.STARTING_APIS, failure.step());
            assertTrue(failure.describe().startsWith("Starting the APIs failed: "), failure.describe());
            assertTrue(isFree(cloudPort), "the local cloud was left running");
        }
    }

    @Test
    void aTakenCloudPortFailsTheFirstStep() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            LocalRunException failure = assertThrows(LocalRunException.class,
                    () -> LocalRun.start(settings(taken.getLocalPort(), 0), recordingSteps()));

            assertEquals(RunStep.STARTING_CLOUD, failure.step());
            assertTrue(failure.getMessage().contains("cannot listen"), failure.getMessage());
            assertEquals(List.of(RunStep.STARTING_CLOUD), steps);
        }
    }

    @Test
    void anInterruptedStartStopsWhatItStarted() throws Exception {
        int cloudPort = freePort();
        LocalRunListener interruptAfterTheCloud = new LocalRunListener() {
            @Override
            public void step(RunStep step) {
                if (step == RunStep.PREPARING_HANDLERS) {
                    Thread.currentThread().interrupt();
                }
            }
        };

        assertThrows(InterruptedException.class,
                () -> LocalRun.start(settings(cloudPort, 0), interruptAfterTheCloud));
        assertTrue(isFree(cloudPort), "the local cloud was left running");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
