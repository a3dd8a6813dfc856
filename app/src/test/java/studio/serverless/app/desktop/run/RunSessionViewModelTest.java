package studio.serverless.app.desktop.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.app.run.LocalRun;
import studio.serverless.app.run.LocalRunException;
import studio.serverless.app.run.RunStep;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;

/** The desktop's run: refused with errors, started and stopped in the background, cancelled, failed. */
class RunSessionViewModelTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path project;

    private final UiQueue ui = new UiQueue();
    private final List<String> events = new ArrayList<>();
    private final RunActivitySink sink = new RunActivitySink() {
        @Override
        public void travelled(ResourceKey from, ResourceKey to) {
        }

        @Override
        public void failed(ResourceKey resource, String error) {
        }

        @Override
        public void recovered(ResourceKey resource) {
        }

        @Override
        public void counters(ResourceKey resource, List<studio.serverless.canvas.run.RunBadge> badges) {
        }

        @Override
        public void runStopped() {
            events.add("cleared");
        }
    };

    private RunSessionViewModel session(RunLauncher launcher, int cloudPort) {
        return new RunSessionViewModel(launcher, ui, cloudPort, 0);
    }

    private Optional<String> run(RunSessionViewModel session, List<Diagnostic> diagnostics) {
        return session.run(new Diagram(), diagnostics, project, sink);
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aDiagramWithErrorsIsRefusedAndNothingStarts() {
        RunSessionViewModel session = session((settings, listener) -> {
            throw new AssertionError("must not start");
        }, 0);
        Diagnostic error = new Diagnostic("rule", Severity.ERROR, List.of(new ServiceId("q")), "Queue q is flagged.",
                "Unflag it.");

        Optional<String> refusal = run(session, List.of(error));

        assertTrue(refusal.orElseThrow().startsWith("The diagram has 1 error"), refusal.get());
        assertEquals(RunState.IDLE, session.stateProperty().get());
        assertFalse(session.lockedProperty().get());
    }

    @Test
    void runningLocksEditsUntilStoppedAndStoppingFreesThePort() throws Exception {
        int port = freePort();
        RunSessionViewModel session = session(LocalRun::start, port);
        List<AutoCloseable> closed = new ArrayList<>();
        session.addAttachment((run, activity) -> () -> closed.add(() -> { }));

        assertTrue(run(session, List.of()).isEmpty());
        assertEquals(RunState.STARTING, session.stateProperty().get());
        assertTrue(session.lockedProperty().get());
        ui.runUntil(() -> session.stateProperty().get() == RunState.RUNNING, WAIT);
        assertNotNull(session.runProperty().get());
        assertEquals(1.0, session.progress().progressProperty().get());

        session.stop();
        ui.runUntil(() -> session.stateProperty().get() == RunState.IDLE, WAIT);

        assertNull(session.runProperty().get());
        assertFalse(session.lockedProperty().get());
        assertEquals(1, closed.size(), "the attachment was closed");
        assertEquals(List.of("cleared"), events);
        assertTrue(isFree(port));
    }

    @Test
    void stopWhileStartingCancelsTheStart() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch waiting = new CountDownLatch(1);
        RunSessionViewModel session = session((settings, listener) -> {
            listener.step(RunStep.INSTALLING_PACKAGES);
            waiting.countDown();
            never.await();
            throw new AssertionError("the start was not interrupted");
        }, 0);
        run(session, List.of());
        waiting.await();

        session.stop();

        assertEquals(RunState.STOPPING, session.stateProperty().get());
        ui.runUntil(() -> session.stateProperty().get() == RunState.IDLE, WAIT);
        assertEquals("", session.failureProperty().get());
    }

    @Test
    void aFailedStartSaysWhichStepFailedAndWhy() throws Exception {
        RunSessionViewModel session = session((settings, listener) -> {
            throw new LocalRunException(RunStep.STARTING_APIS,
                    new UncheckedIOException(new IOException("cannot listen on 127.0.0.1:3000")));
        }, 0);

        run(session, List.of());
        ui.runUntil(() -> session.stateProperty().get() == RunState.IDLE, WAIT);

        assertTrue(session.failureProperty().get().startsWith("Starting the APIs failed: "),
                session.failureProperty().get());
    }

    @Test
    void theStepsAndOutputOfTheStartAreShown() throws Exception {
        RunSessionViewModel session = session((settings, listener) -> {
            listener.step(RunStep.BUILDING_JAVA);
            listener.output("Building Java function orders: mvn -q -B package -DskipTests");
            throw new LocalRunException(RunStep.BUILDING_JAVA, new IOException("stop here"));
        }, 0);

        run(session, List.of());
        ui.runUntil(() -> session.stateProperty().get() == RunState.IDLE, WAIT);

        assertEquals(RunStep.BUILDING_JAVA.label(), session.progress().stepProperty().get());
        assertEquals(List.of("Building Java function orders: mvn -q -B package -DskipTests"),
                session.progress().output());
    }
}
