package studio.serverless.canvas;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
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
class CullingRobotTest {

    private DiagramEditor editor;

    @Start
    void start(Stage stage) {
        editor = new DiagramEditor(new CommandStack(new Diagram()));
        stage.setScene(new Scene(editor, 800, 600));
        stage.show();
    }

    @Test
    void aFigureFarOutsideTheViewIsNotDrawnUntilItScrollsIntoView(FxRobot robot) {
        // given
        robot.interact(() -> {
            editor.addService(ServiceKind.LAMBDA_FUNCTION, new Point(100, 100));
            editor.addService(ServiceKind.SQS_QUEUE, new Point(5000, 3000));
        });
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertTrue(node(robot, "#service-lambda-1").isVisible());
        assertFalse(node(robot, "#service-sqs-1").isVisible());

        // when
        robot.interact(() -> editor.centerOn(new Point(5080, 3032)));

        // then
        assertTrue(node(robot, "#service-sqs-1").isVisible());
        assertFalse(node(robot, "#service-lambda-1").isVisible());
    }

    @Test
    void zoomedFarOutTheFiguresLeaveOutTheirText(FxRobot robot) {
        // given
        robot.interact(() -> editor.addService(ServiceKind.LAMBDA_FUNCTION, new Point(100, 100)));

        // when
        robot.interact(() -> editor.zoomProperty().set(0.2));

        // then
        assertFalse(node(robot, "#service-lambda-1 .service-name").isVisible());

        // when
        robot.interact(() -> editor.zoomProperty().set(1));

        // then
        assertTrue(node(robot, "#service-lambda-1 .service-name").isVisible());
    }

    @Test
    void anEdgeCulledByAPanIsDrawnAgainWhenPannedAndZoomedBack(FxRobot robot) {
        // given
        robot.interact(() -> {
            ServiceId queue = editor.addService(ServiceKind.SQS_QUEUE, new Point(100, 100));
            ServiceId function = editor.addService(ServiceKind.LAMBDA_FUNCTION, new Point(400, 100));
            editor.commandStack().execute(new ConnectCommand(new Connection(new ConnectionId("c1"),
                    ConnectionType.SQS_EVENT_SOURCE, queue, function, PropertyValues.of(Map.of()))));
        });
        robot.interact(() -> editor.centerOn(new Point(9000, 6000)));
        assertFalse(node(robot, "#connection-c1").isVisible());

        // when
        robot.interact(() -> {
            editor.centerOn(new Point(300, 130));
            editor.zoomProperty().set(0.5);
            editor.zoomProperty().set(1);
        });

        // then
        assertTrue(node(robot, "#connection-c1").isVisible());
        assertTrue(node(robot, "#connection-c1 .edge-line").isVisible());
    }

    private static Node node(FxRobot robot, String query) {
        return robot.lookup(query).query();
    }
}
