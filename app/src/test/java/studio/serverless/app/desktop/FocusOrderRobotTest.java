package studio.serverless.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.serverless.app.desktop.designer.DesignerViewModel;
import studio.serverless.app.diagnostics.DiagramLoader;
import studio.serverless.canvas.view.InitialsIconFactory;
import studio.serverless.model.validation.Validator;

/** Every panel is reachable from the keyboard: Tab goes palette, canvas, inspector, problems. */
@ExtendWith(ApplicationExtension.class)
class FocusOrderRobotTest {

    private Stage stage;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
        new MainWindow(new DesignerViewModel(DiagramLoader.standard(), Validator.standard()),
                new RecordingFilePicker(), new InitialsIconFactory()).show(primaryStage);
    }

    @Test
    void tabGoesFromThePaletteToTheCanvasToTheInspector(FxRobot robot) {
        // given: a service added from the palette with the keyboard, so the inspector shows it
        robot.push(KeyCode.CONTROL, KeyCode.F).write("lambda").type(KeyCode.ENTER);

        // when / then
        robot.type(KeyCode.TAB);
        assertEquals("paletteList", focusedId());
        robot.type(KeyCode.TAB);
        assertEquals("canvas", focusedId());
        robot.type(KeyCode.TAB);
        assertEquals("inspectorName", focusedId());
    }

    @Test
    void withNothingSelectedTabGoesFromTheCanvasToTheProblems(FxRobot robot) {
        // given
        robot.clickOn("#canvas");

        // when
        robot.type(KeyCode.TAB);

        // then
        assertEquals("problems", focusedId());
    }

    private String focusedId() {
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = stage.getScene().getFocusOwner();
        return focused == null ? null : focused.getId();
    }
}
