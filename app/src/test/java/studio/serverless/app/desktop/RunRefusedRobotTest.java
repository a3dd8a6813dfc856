package studio.serverless.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.serverless.app.desktop.designer.DesignerViewModel;
import studio.serverless.app.desktop.run.RunSessionViewModel;
import studio.serverless.app.desktop.run.RunState;
import studio.serverless.app.diagnostics.DiagramLoader;
import studio.serverless.app.testing.FakeDiagrams;
import studio.serverless.canvas.view.InitialsIconFactory;

/** A diagram with validation errors is not run: the errors are shown and the diagram stays editable. */
@ExtendWith(ApplicationExtension.class)
class RunRefusedRobotTest {

    @TempDir
    static Path settings;

    private DesignerViewModel model;
    private RunSessionViewModel session;

    @Start
    void start(Stage stage) {
        model = new DesignerViewModel(DiagramLoader.standard(), FakeDiagrams.validator());
        session = new RunSessionViewModel((runSettings, listener) -> {
            throw new AssertionError("a diagram with errors must not start");
        }, Platform::runLater, 0, 0);
        new MainWindow(model, new RecordingFilePicker(), new InitialsIconFactory(), settings, session).show(stage);
    }

    @Test
    void runningADiagramWithErrorsShowsTheErrorsInsteadOfRunning(FxRobot robot) {
        // given: a diagram with an error, the problems panel hidden
        robot.interact(() -> model.showUntitled(FakeDiagrams.withServices("error")));
        robot.clickOn("View").clickOn("#problemsMenuItem");
        assertFalse(robot.lookup("#problemsPanel").query().isVisible());

        // when
        robot.clickOn("#toolbarRun");

        // then
        DialogPane alert = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(alert.getContentText().startsWith("The diagram has 1 error"), alert.getContentText());
        assertTrue(robot.lookup("#problemsPanel").query().isVisible());
        assertEquals(RunState.IDLE, session.stateProperty().get());
    }
}
