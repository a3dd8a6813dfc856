package studio.serverless.canvas.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.serverless.canvas.DiagramEditor;
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

/** The run overlay on an editor: tokens along an edge, badges and failed marks on a service, all cleared. */
@ExtendWith(ApplicationExtension.class)
class RunOverlayRobotTest {

    private static final ConnectionId EVENTS = new ConnectionId("c1");

    private DiagramEditor editor;
    private RunOverlay overlay;
    private ServiceId queue;
    private ServiceId function;

    @Start
    void start(Stage stage) {
        editor = new DiagramEditor(new CommandStack(new Diagram()));
        queue = editor.addService(ServiceKind.SQS_QUEUE, new Point(100, 100));
        function = editor.addService(ServiceKind.LAMBDA_FUNCTION, new Point(400, 100));
        editor.commandStack().execute(new ConnectCommand(new Connection(EVENTS, ConnectionType.SQS_EVENT_SOURCE,
                queue, function, PropertyValues.of(Map.of()))));
        overlay = editor.runOverlay();
        overlay.setTokenDuration(Duration.ofMinutes(1)); // stays in flight while the test looks
        stage.setScene(new Scene(editor, 800, 500));
        stage.show();
    }

    private static Set<Node> visible(FxRobot robot, String query) {
        return robot.lookup(query).match(Node::isVisible).queryAll();
    }

    @Test
    void aTokenLeavesFromTheSourceFigureAndFollowsThePan(FxRobot robot) {
        // when
        robot.interact(() -> overlay.sendToken(EVENTS));

        // then
        assertEquals(1, overlay.tokensOn(EVENTS));
        Node token = visible(robot, ".run-token").iterator().next();
        Node queueFigure = robot.lookup("#service-" + queue.value()).query();
        Point2D before = offset(token, queueFigure);
        robot.interact(() -> editor.centerOn(new Point(600, 400)));
        Point2D after = offset(token, queueFigure);
        assertEquals(before.getX(), after.getX(), 2, "the token kept its place beside the figure");
        assertEquals(before.getY(), after.getY(), 2, "the token kept its place beside the figure");
        assertTrue(before.getX() > 0 && before.getX() < 200, "the token starts at the queue's right: " + before);
    }

    /** Where the token is in the scene, seen from the figure's top left. */
    private static Point2D offset(Node token, Node figure) {
        Point2D centre = token.localToScene(token.getBoundsInLocal().getCenterX(), token.getBoundsInLocal().getCenterY());
        return centre.subtract(figure.localToScene(0, 0));
    }

    @Test
    void aBurstOnOneConnectionShowsOnlyAFewTokens(FxRobot robot) {
        // when
        robot.interact(() -> {
            for (int i = 0; i < 50; i++) {
                overlay.sendToken(EVENTS);
            }
        });

        // then
        assertEquals(RunTokens.PER_CONNECTION, overlay.tokensOn(EVENTS));
        assertEquals(RunTokens.PER_CONNECTION, visible(robot, ".run-token").size());
    }

    @Test
    void badgesShowTheirCountsOnTheService(FxRobot robot) {
        // when
        robot.interact(() -> overlay.setBadges(function,
                List.of(RunBadge.of("invocations", 12), RunBadge.alarm("errors", 1))));

        // then
        Set<String> texts = robot.lookup(".run-badge-common").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(java.util.stream.Collectors.toSet());
        assertEquals(Set.of("12 invocations", "1 errors"), texts);
        assertEquals(1, robot.lookup(".run-badge-alarm").queryAll().size());
    }

    @Test
    void aFailedServiceIsOutlinedWithItsLastErrorUntilCleared(FxRobot robot) {
        // when
        robot.interact(() -> overlay.markFailed(function, "KeyError: 'orderId'"));

        // then
        assertEquals(1, visible(robot, ".run-failed-outline").size());
        assertTrue(robot.lookup(".run-error").queryAs(Label.class).getText().contains("KeyError"));
        assertEquals("KeyError: 'orderId'", overlay.failure(function).orElseThrow());

        // when
        robot.interact(() -> overlay.clearFailed(function));

        // then
        assertTrue(robot.lookup(".run-failed-outline").queryAll().isEmpty());
        assertTrue(overlay.failure(function).isEmpty());
    }

    @Test
    void clearingTakesTokensBadgesAndFailedMarksAway(FxRobot robot) {
        // given
        robot.interact(() -> {
            overlay.sendToken(EVENTS);
            overlay.setBadges(queue, List.of(RunBadge.of("in queue", 4)));
            overlay.markFailed(function, "boom");
        });

        // when
        robot.interact(overlay::clear);

        // then
        assertEquals(0, overlay.tokensOn(EVENTS));
        assertTrue(visible(robot, ".run-token").isEmpty());
        assertTrue(robot.lookup(".run-badge-common").queryAll().isEmpty());
        assertTrue(robot.lookup(".run-failed-outline").queryAll().isEmpty());
    }

    @Test
    void aConnectionTheDiagramDoesNotHoldSendsNothing(FxRobot robot) {
        boolean[] sent = {true};
        robot.interact(() -> sent[0] = overlay.sendToken(new ConnectionId("gone")));

        assertFalse(sent[0]);
    }
}
