package studio.serverless.app.desktop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.serverless.app.desktop.designer.DesignerViewModel;
import studio.serverless.app.desktop.run.RunSessionViewModel;
import studio.serverless.app.desktop.run.RunState;
import studio.serverless.app.diagnostics.DiagramLoader;
import studio.serverless.app.run.LocalRun;
import studio.serverless.canvas.DiagramEditor;
import studio.serverless.canvas.run.RunOverlay;
import studio.serverless.canvas.view.InitialsIconFactory;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Validator;

/**
 * The run-mode story of issue 8, in the real window with the real run: open an example, Run, send an HTTP request
 * from the test panel, see the token travel and the item appear in the table browser; on a scheduled example,
 * fast-forward the clock and see the schedule fire; Stop.
 */
@ExtendWith(ApplicationExtension.class)
class RunModeStoryRobotTest {

    private static final long WAIT_SECONDS = 120;

    @TempDir
    static Path folder;

    private DesignerViewModel model;
    private RunSessionViewModel session;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        model = new DesignerViewModel(DiagramLoader.standard(), Validator.standard());
        session = new RunSessionViewModel(LocalRun::start, Platform::runLater, freePort(), 0);
        window = new MainWindow(model, new RecordingFilePicker(), new InitialsIconFactory(),
                folder.resolve("settings"), session);
        window.show(stage);
    }

    @Test
    void aRequestSentFromTheTestPanelTravelsToTheFunctionAndItsItemShowsInTheTableBrowser(FxRobot robot)
            throws Exception {
        // given
        Diagram diagram = openAndRun(robot, "crud-api");
        Connection apiToCreate = connection(diagram, "items-api", "create-item");
        Connection createToTable = connection(diagram, "create-item", "studio-example-items");
        robot.interact(() -> overlay(robot).setTokenDuration(Duration.ofSeconds(60)));
        // the canvas got shorter for the run's tabs: the diagram, wholly in view before, is fitted again
        await(() -> robot.lookup("#canvas").queryAs(DiagramEditor.class).showsWholeDiagram());

        // when
        robot.clickOn("#testTab").clickOn("API route  items-api: POST /items");
        // (the body is the form's last field, below the panel's fold: typed into without scrolling to it)
        TextInputControl body = robot.lookup("#field-body").queryAs(TextInputControl.class);
        robot.interact(() -> body.setText("{\"id\": \"42\", \"name\": \"from the story\"}"));
        robot.clickOn("#send");

        // then the tokens travel from the API to the function and from the function to the table
        await(() -> overlay(robot).tokensOn(apiToCreate.id()) > 0);
        await(() -> overlay(robot).tokensOn(createToTable.id()) > 0);
        await(() -> robot.lookup("#resultHeadline").tryQuery().isPresent());
        String headline = robot.lookup("#resultHeadline").queryAs(Label.class).getText();
        assertTrue(headline.startsWith("POST /items answered 2"), headline);

        // and the item shows in the table browser
        robot.clickOn("#dataTab").clickOn("#tableChooser").clickOn("studio-example-items");
        await(() -> robot.lookup("#items").queryAs(TableView.class).getItems().stream()
                .anyMatch(item -> String.valueOf(((Map<?, ?>) item).get("id")).contains("42")));
        stop(robot);
    }

    @Test
    void fastForwardingTheClockFiresTheNightlySchedule(FxRobot robot) throws Exception {
        // given
        Diagram diagram = openAndRun(robot, "scheduled-job");
        ServiceId function = service(diagram, "build-sales-report");

        // when
        robot.clickOn("#clockTab").clickOn("#clockNext");

        // then the function the rule targets was invoked: its live badge counts the call
        await(() -> overlay(robot).badges(function).stream().anyMatch(badge -> badge.label().equals("calls")));
        stop(robot);
    }

    private Diagram openAndRun(FxRobot robot, String example) throws Exception {
        Path copy = Files.copy(Path.of("..", "examples", example + ".studio.json"),
                Files.createTempDirectory(folder, example).resolve(example + ".studio.json"));
        robot.interact(() -> window.open(copy));
        robot.clickOn("#toolbarRun");
        await(() -> session.stateProperty().get() == RunState.RUNNING);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#runPanels").query().isVisible(), "the run's panels shown");
        return model.document().diagram();
    }

    private void stop(FxRobot robot) throws Exception {
        robot.clickOn("#toolbarStop");
        await(() -> session.stateProperty().get() == RunState.IDLE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!robot.lookup("#runPanels").query().isVisible(), "the run's panels gone");
    }

    private static RunOverlay overlay(FxRobot robot) {
        return robot.lookup("#canvas").queryAs(DiagramEditor.class).runOverlay();
    }

    private static Connection connection(Diagram diagram, String source, String target) {
        return diagram.connections().stream().filter(connection -> connection.source().equals(service(diagram,
                source)) && connection.target().equals(service(diagram, target))).findFirst().orElseThrow();
    }

    private static ServiceId service(Diagram diagram, String name) {
        return diagram.services().stream().filter(service -> service.name().equals(name)).findFirst().orElseThrow()
                .id();
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
