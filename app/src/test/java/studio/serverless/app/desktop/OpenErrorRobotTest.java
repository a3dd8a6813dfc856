package studio.serverless.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.DialogPane;
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
import studio.serverless.app.diagnostics.DiagramLoader;
import studio.serverless.canvas.view.InitialsIconFactory;
import studio.serverless.model.validation.Validator;

@ExtendWith(ApplicationExtension.class)
class OpenErrorRobotTest {

    private final RecordingFilePicker picker = new RecordingFilePicker();
    private Stage stage;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
        new MainWindow(new DesignerViewModel(DiagramLoader.standard(), Validator.standard()), picker,
                new InitialsIconFactory()).show(primaryStage);
    }

    @Test
    void aFileThatIsNotADiagramIsExplainedInAnAlertAndTheWindowKeepsItsDiagram(FxRobot robot, @TempDir Path folder)
            throws IOException {
        // given
        Path broken = Files.writeString(folder.resolve("broken.studio.json"), "{\"format\": 1");
        picker.answerOpenWith(broken);

        // when
        robot.push(KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitForFxEvents();

        // then
        DialogPane alert = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Cannot open the diagram", alert.getHeaderText());
        assertTrue(alert.getContentText().startsWith(broken.toString() + ":"), alert.getContentText());
        robot.clickOn("OK");
        assertEquals("Untitled — Serverless Studio", stage.getTitle());
    }
}
