package studio.serverless.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.serverless.canvas.geometry.Alignment;
import studio.serverless.canvas.geometry.Distribution;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.command.CommandStack;
import studio.serverless.model.command.ConnectCommand;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.ServiceId;

@ExtendWith(ApplicationExtension.class)
class ArrangeRobotTest {

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
    void alignLeftLinesUpTheSelectionInOneUndoableStep(FxRobot robot) {
        // given
        ServiceId a = add(robot, ServiceKind.LAMBDA_FUNCTION, 100, 40);
        ServiceId b = add(robot, ServiceKind.SQS_QUEUE, 300, 200);
        ServiceId c = add(robot, ServiceKind.DYNAMODB_TABLE, 500, 400);
        robot.interact(() -> editor.selection().selectOnly(Set.of(a, b, c)));

        // when
        robot.interact(() -> editor.align(Alignment.LEFT));

        // then
        assertEquals(100, x(b));
        assertEquals(100, x(c));
        assertEquals(400, stack.diagram().require(c).position().y());
        assertEquals("Align 3 services left", stack.undoName().orElseThrow());

        // when
        robot.interact(stack::undo);

        // then
        assertEquals(500, x(c));
    }

    @Test
    void distributeNeedsThreeServicesAndSpreadsThemEvenly(FxRobot robot) {
        // given
        ServiceId a = add(robot, ServiceKind.LAMBDA_FUNCTION, 0, 40);
        ServiceId b = add(robot, ServiceKind.SQS_QUEUE, 200, 200);
        robot.interact(() -> editor.selection().selectOnly(Set.of(a, b)));

        // when two are selected
        robot.interact(() -> editor.distribute(Distribution.HORIZONTAL));

        // then nothing happens
        assertTrue(stack.undoName().orElseThrow().startsWith("Add"));

        // when a third joins
        ServiceId c = add(robot, ServiceKind.DYNAMODB_TABLE, 600, 400);
        robot.interact(() -> editor.selection().selectOnly(Set.of(a, b, c)));
        robot.interact(() -> editor.distribute(Distribution.HORIZONTAL));

        // then
        assertEquals(300, x(b));
        assertEquals("Distribute 3 services horizontally", stack.undoName().orElseThrow());
    }

    @Test
    void layingOutPutsEachSourceLeftOfWhatItTriggers(FxRobot robot) {
        // given a table, a function and the queue that triggers it, placed right to left
        ServiceId table = add(robot, ServiceKind.DYNAMODB_TABLE, 40, 40);
        ServiceId function = add(robot, ServiceKind.LAMBDA_FUNCTION, 300, 300);
        ServiceId queue = add(robot, ServiceKind.SQS_QUEUE, 600, 40);
        robot.interact(() -> {
            stack.execute(new ConnectCommand(new Connection(stack.diagram().newConnectionId(),
                    ConnectionType.SQS_EVENT_SOURCE, queue, function, PropertyValues.of(Map.of()))));
            stack.execute(new ConnectCommand(new Connection(stack.diagram().newConnectionId(),
                    ConnectionType.DYNAMODB_ACCESS, function, table, PropertyValues.of(Map.of("access", "read")))));
        });

        // when
        robot.interact(editor::layOutDiagram);

        // then
        assertEquals(new Point(40, 40), stack.diagram().require(queue).position());
        assertEquals(new Point(320, 40), stack.diagram().require(function).position());
        assertEquals(new Point(600, 40), stack.diagram().require(table).position());
        assertEquals("Lay out 3 services", stack.undoName().orElseThrow());
    }

    private double x(ServiceId id) {
        return stack.diagram().require(id).position().x();
    }

    private ServiceId add(FxRobot robot, ServiceKind kind, double x, double y) {
        ServiceId[] id = new ServiceId[1];
        robot.interact(() -> id[0] = editor.addService(kind, new Point(x, y)));
        return id[0];
    }
}
