package studio.serverless.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.serverless.canvas.view.ConnectionEdge;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.command.CommandStack;
import studio.serverless.model.command.ConnectCommand;
import studio.serverless.model.command.MoveServicesCommand;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.ServiceId;

/**
 * An edge is drawn by a copy of it in each square of the diagram it crosses, clipped to the square, kept in step with
 * the edge as it moves, is selected or goes (decision 0039).
 */
@ExtendWith(ApplicationExtension.class)
class EdgeSketchRobotTest {

    private DiagramEditor editor;
    private ServiceId queue;
    private ServiceId function;

    @Start
    void start(Stage stage) {
        editor = new DiagramEditor(new CommandStack(new Diagram()));
        stage.setScene(new Scene(editor, 800, 600));
        stage.show();
    }

    @Test
    void aLongEdgeIsDrawnInEverySquareItCrossesEachCopyClippedToItsSquare(FxRobot robot) {
        // given a queue at x 100 and a function at x 1500, on one row
        connectQueueToFunctionAt(robot, new Point(1500, 100));

        // when
        robot.interact(editor::zoomToFit);
        WaitForAsyncUtils.waitForFxEvents();

        // then the edge from x 260 to 1500 crosses the squares [0, 480), [480, 960), [960, 1440), [1440, 1920)
        List<Node> sketches = edge(robot).sketches();
        assertEquals(4, sketches.size());
        for (Node sketch : sketches) {
            Bounds clip = sketch.getParent().getClip().getBoundsInLocal();
            assertEquals(480, clip.getWidth());
            assertEquals(0, clip.getMinX() % 480);
            assertTrue(sketch.getParent().getBoundsInLocal().getWidth() <= 480, "drawn within its square");
        }
    }

    @Test
    void aSquareFarFromTheViewGetsItsCopyOfTheEdgeOnlyWhenItComesIntoView(FxRobot robot) {
        // given an edge from x 260 to 6000, the view showing its start
        connectQueueToFunctionAt(robot, new Point(6000, 100));
        int drawnNearTheStart = edge(robot).sketches().size();

        // when
        robot.interact(() -> editor.centerOn(new Point(5000, 132)));
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertTrue(drawnNearTheStart <= 3, drawnNearTheStart + " squares drawn at first");
        assertTrue(edge(robot).sketches().size() > drawnNearTheStart, "the squares around x 5000 drawn");
    }

    @Test
    void movingAServiceCloserTakesItsEdgeOutOfTheSquaresItNoLongerCrosses(FxRobot robot) {
        // given
        connectQueueToFunctionAt(robot, new Point(1500, 100));

        // when
        robot.interact(() -> editor.commandStack().execute(new MoveServicesCommand(Map.of(function, new Point(300, 100)))));

        // then
        assertEquals(1, edge(robot).sketches().size());
        assertEquals(1, editor.lookupAll(".edge-sketch").size());
    }

    @Test
    void aSelectedEdgeIsDrawnSelectedInEverySquare(FxRobot robot) {
        // given
        connectQueueToFunctionAt(robot, new Point(1000, 100));

        // when
        robot.interact(() -> editor.selection().elements().add(new ConnectionId("c1")));

        // then
        assertEquals(3, edge(robot).sketches().size());
        edge(robot).sketches().forEach(sketch -> assertTrue(sketch.getPseudoClassStates().stream()
                .anyMatch(state -> state.getPseudoClassName().equals("selected")), "selected"));
    }

    @Test
    void deletingAConnectionTakesAwayEveryCopyOfIt(FxRobot robot) {
        // given
        connectQueueToFunctionAt(robot, new Point(1500, 100));

        // when
        robot.interact(() -> editor.commandStack().undo());

        // then
        assertTrue(robot.lookup("#connection-c1").tryQuery().isEmpty());
        assertTrue(editor.lookupAll(".edge-sketch").isEmpty());
    }

    private void connectQueueToFunctionAt(FxRobot robot, Point functionAt) {
        robot.interact(() -> {
            queue = editor.addService(ServiceKind.SQS_QUEUE, new Point(100, 100));
            function = editor.addService(ServiceKind.LAMBDA_FUNCTION, functionAt);
            editor.commandStack().execute(new ConnectCommand(new Connection(new ConnectionId("c1"),
                    ConnectionType.SQS_EVENT_SOURCE, queue, function, PropertyValues.of(Map.of()))));
        });
    }

    private static ConnectionEdge edge(FxRobot robot) {
        return robot.lookup("#connection-c1").queryAs(ConnectionEdge.class);
    }
}
