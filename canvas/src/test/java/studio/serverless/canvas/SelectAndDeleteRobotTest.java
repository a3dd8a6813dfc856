package studio.serverless.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
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
import studio.serverless.canvas.view.ServiceFigure;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.command.CommandStack;
import studio.serverless.model.command.ConnectCommand;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.ServiceId;

@ExtendWith(ApplicationExtension.class)
class SelectAndDeleteRobotTest {

    private CommandStack stack;
    private DiagramEditor editor;

    @Start
    void start(Stage stage) {
        stack = new CommandStack(new Diagram());
        editor = new DiagramEditor(stack);
        stage.setScene(new Scene(editor, 900, 600));
        stage.show();
    }

    @Test
    void aRubberBandSelectsTheFiguresInsideIt(FxRobot robot) {
        // given
        ServiceId lambda = add(robot, ServiceKind.LAMBDA_FUNCTION, 100, 100);
        ServiceId queue = add(robot, ServiceKind.SQS_QUEUE, 300, 100);
        add(robot, ServiceKind.SNS_TOPIC, 600, 100);

        // when
        robot.drag(point(robot, 60, 60), MouseButton.PRIMARY).moveTo(point(robot, 500, 200)).drop();
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertEquals(Set.of(lambda, queue), editor.selection().elements());
        assertTrue(robot.lookup("#service-lambda-1").query().getPseudoClassStates().contains(ServiceFigure.SELECTED));
    }

    @Test
    void shiftClickTogglesAndAClickOnEmptySpaceClears(FxRobot robot) {
        // given
        ServiceId lambda = add(robot, ServiceKind.LAMBDA_FUNCTION, 100, 100);
        ServiceId queue = add(robot, ServiceKind.SQS_QUEUE, 300, 100);

        // when
        robot.clickOn("#service-lambda-1").press(KeyCode.SHIFT).clickOn("#service-sqs-1").release(KeyCode.SHIFT);

        // then
        assertEquals(Set.of(lambda, queue), editor.selection().elements());

        // when
        robot.clickOn(point(robot, 700, 500));

        // then
        assertTrue(editor.selection().elements().isEmpty());
    }

    @Test
    void deleteRemovesTheSelectionWithItsConnectionsAndUndoBringsThemBack(FxRobot robot) {
        // given
        ServiceId lambda = add(robot, ServiceKind.LAMBDA_FUNCTION, 100, 100);
        ServiceId queue = add(robot, ServiceKind.SQS_QUEUE, 400, 100);
        ConnectionId connection = new ConnectionId("c1");
        robot.interact(() -> stack.execute(new ConnectCommand(new Connection(connection,
                ConnectionType.SQS_EVENT_SOURCE, queue, lambda, PropertyValues.of(Map.of("batchSize", 10))))));
        robot.clickOn("#service-sqs-1");

        // when
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertEquals(1, stack.diagram().services().size());
        assertTrue(stack.diagram().connections().isEmpty());
        assertTrue(robot.lookup("#connection-c1").tryQuery().isEmpty());
        assertTrue(editor.selection().elements().isEmpty());

        // when
        robot.interact(stack::undo);

        // then
        assertEquals(2, stack.diagram().services().size());
        assertTrue(robot.lookup("#service-sqs-1").tryQuery().isPresent());
        assertTrue(robot.lookup("#connection-c1").tryQuery().isPresent());
    }

    private ServiceId add(FxRobot robot, ServiceKind kind, double x, double y) {
        ServiceId[] id = new ServiceId[1];
        robot.interact(() -> id[0] = editor.addService(kind, new Point(x, y)));
        robot.interact(() -> editor.selection().clear());
        return id[0];
    }

    private javafx.geometry.Point2D point(FxRobot robot, double x, double y) {
        return editor.localToScreen(x, y);
    }
}
