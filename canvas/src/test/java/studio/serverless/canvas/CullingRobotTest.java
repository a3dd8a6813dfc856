package studio.serverless.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
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
    void aFigurePannedIntoTheMarginButNotIntoViewIsDrawnAFrameLater(FxRobot robot) {
        // given
        robot.interact(() -> editor.addService(ServiceKind.LAMBDA_FUNCTION, new Point(2000, 100)));
        Node figure = node(robot, "#service-lambda-1");
        assertFalse(figure.isVisible());
        boolean[] visibleInThePanFrame = new boolean[1];

        // when
        robot.interact(() -> {
            editor.centerOn(new Point(1400, 300));
            visibleInThePanFrame[0] = figure.isVisible();
        });

        // then
        assertFalse(visibleInThePanFrame[0], "shown in the frame of the pan");
        awaitSettled(figure::isVisible);
    }

    @Test
    void zoomedFarOutTheFiguresLeaveOutTheirTextAndShowItAgainOnceZoomedBackIn(FxRobot robot) {
        // given
        robot.interact(() -> editor.addService(ServiceKind.LAMBDA_FUNCTION, new Point(100, 100)));

        // when
        robot.interact(() -> editor.zoomProperty().set(0.2));

        // then
        assertFalse(shown(robot, "#service-lambda-1 .service-name"));

        // when
        robot.interact(() -> editor.zoomProperty().set(1));

        // then
        awaitSettled(() -> shown(robot, "#service-lambda-1 .service-name"));
    }

    @Test
    void whileTheZoomChangesFiguresAreDrawnAsPlainBoxesThenInDetailOnceItSettles(FxRobot robot) {
        // given
        robot.interact(() -> editor.addService(ServiceKind.LAMBDA_FUNCTION, new Point(100, 100)));
        Region figure = robot.lookup("#service-lambda-1").queryAs(Region.class);

        // when
        robot.interact(() -> editor.zoomProperty().set(0.8));

        // then
        assertTrue(figure.isVisible());
        assertNotNull(figure.getBackground(), "a plain box");
        assertFalse(shown(robot, "#service-lambda-1 .service-name"));
        awaitSettled(() -> shown(robot, "#service-lambda-1 .service-name"));
        assertNull(figure.getBackground());
    }

    @Test
    void zoomedFarOutEveryServiceIsDrawnAsABoxInItsCategoryColour(FxRobot robot) {
        // given
        robot.interact(() -> {
            for (int i = 0; i < 30; i++) {
                editor.addService(i % 2 == 0 ? ServiceKind.LAMBDA_FUNCTION : ServiceKind.SQS_QUEUE,
                        new Point(400 * (i % 6), 700 * (i / 6)));
            }
        });

        // when
        robot.interact(editor::zoomToFit);
        WaitForAsyncUtils.waitForFxEvents();

        // then
        var figures = editor.lookupAll(".service-figure");
        assertEquals(30, figures.size());
        for (Node figure : figures) {
            assertTrue(figure.isVisible(), figure.getId() + " hidden");
            Background box = ((Region) figure).getBackground();
            assertNotNull(box, figure.getId() + " has no box");
            Paint outline = box.getFills().get(0).getFill();
            String colour = (figure.getId().contains("lambda") ? ServiceKind.LAMBDA_FUNCTION : ServiceKind.SQS_QUEUE)
                    .category().colour();
            assertEquals(Color.web(colour), outline, figure.getId());
        }
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
        awaitSettled(() -> shown(robot, "#connection-c1 .edge-line"));
    }

    @Test
    void whileZoomingEdgesAreOnePlainPathPerTileButASelectedEdgeKeepsItsOwnLine(FxRobot robot) {
        // given
        robot.interact(() -> {
            ServiceId queue = editor.addService(ServiceKind.SQS_QUEUE, new Point(100, 100));
            ServiceId function = editor.addService(ServiceKind.LAMBDA_FUNCTION, new Point(400, 100));
            ServiceId table = editor.addService(ServiceKind.DYNAMODB_TABLE, new Point(400, 300));
            editor.commandStack().execute(new ConnectCommand(new Connection(new ConnectionId("c1"),
                    ConnectionType.SQS_EVENT_SOURCE, queue, function, PropertyValues.of(Map.of()))));
            editor.commandStack().execute(new ConnectCommand(new Connection(new ConnectionId("c2"),
                    ConnectionType.DYNAMODB_ACCESS, function, table, PropertyValues.of(Map.of()))));
            editor.selection().elements().add(new ConnectionId("c2"));
        });

        boolean[] whileZooming = new boolean[4];

        // when (what is drawn is read in the zoom step itself: the zoom settles 250 ms later, on a loaded machine
        // possibly before the robot would look)
        robot.interact(() -> {
            editor.zoomProperty().set(0.8);
            whileZooming[0] = !shown(robot, "#connection-c1 .edge-line");
            whileZooming[1] = node(robot, "#connection-c1").isVisible();
            whileZooming[2] = shown(robot, "#connection-c2 .edge-line");
            whileZooming[3] = editor.lookupAll(".diagram-tile > .edge-line").size() == 1;
        });

        // then
        assertTrue(whileZooming[0], "drawn by its tile");
        assertTrue(whileZooming[1], "the edge itself still shown");
        assertTrue(whileZooming[2], "selected, drawn on its own");
        assertTrue(whileZooming[3], "one plain path");
        awaitSettled(() -> shown(robot, "#connection-c1 .edge-line"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editor.lookupAll(".diagram-tile > .edge-line").isEmpty(), "no plain path once settled");
    }

    /** Waits for the zoom to settle ({@code ZoomSettler.SETTLE_MILLIS} after the last step) and this to hold. */
    private static void awaitSettled(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("not so 5 s after the zoom", e);
        }
    }

    /** Whether a node is in the scene and visible (a part not drawn leaves the scene). */
    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static Node node(FxRobot robot, String query) {
        return robot.lookup(query).query();
    }
}
