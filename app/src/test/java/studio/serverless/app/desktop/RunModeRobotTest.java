package studio.serverless.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.serverless.app.desktop.designer.DesignerViewModel;
import studio.serverless.app.desktop.run.ResourceKey;
import studio.serverless.app.desktop.run.RunActivitySink;
import studio.serverless.app.desktop.run.RunSessionViewModel;
import studio.serverless.app.desktop.run.RunState;
import studio.serverless.app.desktop.run.RunningBanner;
import studio.serverless.app.diagnostics.DiagramLoader;
import studio.serverless.app.run.LocalRun;
import studio.serverless.canvas.DiagramEditor;
import studio.serverless.canvas.run.RunOverlay;
import studio.serverless.canvas.view.InitialsIconFactory;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.validation.Validator;

/**
 * Someone opens an example, presses Run, watches it run with the diagram locked (a token travels along a
 * connection when the run reports activity), presses Stop, edits again, and runs it a second time.
 */
@ExtendWith(ApplicationExtension.class)
class RunModeRobotTest {

    private static final Path QUEUE_ORDERS = Path.of("..", "examples", "queue-orders.studio.json");
    private static final long WAIT_SECONDS = 60;

    @TempDir
    static Path folder;

    private final AtomicReference<RunActivitySink> activity = new AtomicReference<>();
    private DesignerViewModel model;
    private RunSessionViewModel session;
    private MainWindow window;
    private int cloudPort;

    @Start
    void start(Stage stage) throws IOException {
        cloudPort = freePort();
        model = new DesignerViewModel(DiagramLoader.standard(), Validator.standard());
        session = new RunSessionViewModel(LocalRun::start, Platform::runLater, cloudPort, 0);
        // as the lead's wiring of the activity feed does: keep the sink the run's activity goes to
        session.addAttachment((run, sink) -> {
            activity.set(sink);
            return () -> activity.set(null);
        });
        window = new MainWindow(model, new RecordingFilePicker(), new InitialsIconFactory(),
                folder.resolve("settings"), session);
        window.show(stage);
    }

    private void openExample(FxRobot robot) throws IOException {
        Path copy = Files.copy(QUEUE_ORDERS, Files.createTempDirectory(folder, "example").resolve("orders.studio.json"));
        robot.interact(() -> window.open(copy));
    }

    private void awaitState(RunState state) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> session.stateProperty().get() == state);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private DiagramEditor editor(FxRobot robot) {
        return robot.lookup("#canvas").queryAs(DiagramEditor.class);
    }

    private static boolean enabled(FxRobot robot, String id) {
        return !robot.lookup(id).queryAs(Button.class).isDisabled();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void runningShowsTheBannerLocksTheCanvasAndStopReturnsToEditing(FxRobot robot) throws Exception {
        // given
        openExample(robot);
        Diagram diagram = model.document().diagram();
        int services = diagram.services().size();

        // when
        robot.clickOn("#canvas").type(KeyCode.F5);
        awaitState(RunState.RUNNING);

        // then: the run state shows, and the canvas refuses edits but still selects
        Node banner = robot.lookup("#runBanner").query();
        assertTrue(banner.isVisible());
        assertTrue(robot.lookup("#runBannerText").queryAs(Label.class).getText().startsWith(RunningBanner.RUNNING_TEXT));
        assertTrue(enabled(robot, "#toolbarStop"));
        assertFalse(enabled(robot, "#toolbarRun"));
        assertTrue(editor(robot).readOnlyProperty().get());
        robot.clickOn("#service-" + diagram.services().get(0).id().value()).type(KeyCode.DELETE);
        assertEquals(services, diagram.services().size());
        assertEquals(1, editor(robot).selection().elements().size());

        // when: the run reports a message going along a connection
        Connection connection = diagram.connections().get(0);
        activity.get().travelled(key(diagram, connection.source()), key(diagram, connection.target()));
        WaitForAsyncUtils.waitForFxEvents();

        // then
        RunOverlay overlay = editor(robot).runOverlay();
        assertEquals(1, overlay.tokensOn(connection.id()));
        assertFalse(robot.lookup(".run-token").match(Node::isVisible).queryAll().isEmpty());

        // when
        robot.clickOn("#toolbarStop");
        awaitState(RunState.IDLE);

        // then
        assertFalse(banner.isVisible());
        assertFalse(editor(robot).readOnlyProperty().get());
        assertEquals(0, overlay.tokensOn(connection.id()));
        assertTrue(enabled(robot, "#toolbarRun"));
        robot.clickOn("#service-" + diagram.services().get(0).id().value()).type(KeyCode.DELETE);
        assertEquals(services - 1, diagram.services().size());
    }

    @Test
    void aSecondRunAfterStopStartsOnTheSamePorts(FxRobot robot) throws Exception {
        // given
        openExample(robot);
        robot.clickOn("#toolbarRun");
        awaitState(RunState.RUNNING);
        robot.clickOn("#toolbarStop");
        awaitState(RunState.IDLE);

        // when
        robot.clickOn("#toolbarRun");
        awaitState(RunState.RUNNING);

        // then
        assertEquals(cloudPort, session.runProperty().get().cloud().port());
        assertEquals("", session.failureProperty().get());
        robot.clickOn("#toolbarStop");
        awaitState(RunState.IDLE);
    }

    private static ResourceKey key(Diagram diagram, studio.serverless.model.diagram.ServiceId id) {
        var service = diagram.require(id);
        return new ResourceKey(service.kind(), service.name());
    }
}
