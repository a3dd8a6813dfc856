package studio.serverless.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.serverless.canvas.geometry.Alignment;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.command.CommandStack;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.ServiceId;

/** A read-only editor (a running diagram): selecting works, editing gestures, keys and methods do nothing. */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyRobotTest {

    private static final String REASON = "Running — stop to edit";

    private CommandStack stack;
    private DiagramEditor editor;
    private ServiceId function;
    private ServiceId queue;

    @Start
    void start(Stage stage) {
        stack = new CommandStack(new Diagram());
        editor = new DiagramEditor(stack);
        function = editor.addService(ServiceKind.LAMBDA_FUNCTION, new Point(100, 100));
        queue = editor.addService(ServiceKind.SQS_QUEUE, new Point(400, 160));
        editor.selection().clear();
        editor.readOnlyReasonProperty().set(REASON);
        editor.readOnlyProperty().set(true);
        stage.setScene(new Scene(editor, 900, 600));
        stage.show();
    }

    @Test
    void draggingAFigureSelectsItButDoesNotMoveIt(FxRobot robot) {
        // when
        robot.drag("#service-lambda-1", MouseButton.PRIMARY).moveBy(150, 120).drop();
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertEquals(new Point(100, 100), stack.diagram().require(function).position());
        assertEquals(Set.of(function), editor.selection().elements());
        assertEquals(REASON, editor.hintProperty().get());
    }

    @Test
    void deleteAndPasteKeysLeaveTheDiagramAsItWas(FxRobot robot) {
        // given
        robot.clickOn("#service-sqs-1");

        // when
        robot.type(KeyCode.DELETE);
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);

        // then
        assertEquals(2, stack.diagram().services().size());
        assertEquals(REASON, editor.hintProperty().get());
    }

    @Test
    void arrangingAndAddingAreRefused(FxRobot robot) {
        robot.interact(() -> {
            editor.selection().selectOnly(java.util.List.of(function, queue));
            editor.align(Alignment.TOP);
            editor.layOutDiagram();
        });

        assertEquals(new Point(400, 160), stack.diagram().require(queue).position());
        assertThrows(IllegalStateException.class,
                () -> editor.addService(ServiceKind.SNS_TOPIC, new Point(0, 0)));
    }

    @Test
    void editingWorksAgainOnceNoLongerReadOnly(FxRobot robot) {
        // given
        robot.interact(() -> editor.readOnlyProperty().set(false));

        // when
        robot.drag("#service-lambda-1", MouseButton.PRIMARY).moveBy(100, 100).drop();
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertTrue(stack.diagram().require(function).position().x() > 150);
    }
}
