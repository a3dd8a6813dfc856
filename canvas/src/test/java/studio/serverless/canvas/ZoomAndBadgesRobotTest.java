package studio.serverless.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.command.CommandStack;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;

@ExtendWith(ApplicationExtension.class)
class ZoomAndBadgesRobotTest {

    private CommandStack stack;
    private DiagramEditor editor;

    @Start
    void start(Stage stage) {
        stack = new CommandStack(new Diagram());
        editor = new DiagramEditor(stack);
        stage.setScene(new Scene(editor, 800, 600));
        stage.show();
    }

    @Test
    void theWheelZoomsAroundThePointer(FxRobot robot) {
        // given
        add(robot, ServiceKind.LAMBDA_FUNCTION, 200, 200);
        Node figure = robot.lookup("#service-lambda-1").query();
        Point2D pointer = figure.localToScreen(10, 10);
        robot.moveTo(pointer);

        // when
        robot.scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertTrue(editor.zoomProperty().get() != 1, "zoom " + editor.zoomProperty().get());
        Point2D after = figure.localToScreen(10, 10);
        assertEquals(pointer.getX(), after.getX(), 1.0);
        assertEquals(pointer.getY(), after.getY(), 1.0);
    }

    @Test
    void zoomToFitShowsEveryServiceAndZoomTo100Resets(FxRobot robot) {
        // given
        add(robot, ServiceKind.LAMBDA_FUNCTION, 0, 0);
        add(robot, ServiceKind.SQS_QUEUE, 3000, 2000);

        // when
        robot.interact(editor::zoomToFit);

        // then
        assertTrue(editor.zoomProperty().get() < 0.3);
        assertInsideEditor(robot.lookup("#service-lambda-1").query());
        assertInsideEditor(robot.lookup("#service-sqs-1").query());

        // when
        robot.interact(editor::zoomTo100);

        // then
        assertEquals(1, editor.zoomProperty().get());
    }

    @Test
    void centerOnBringsAFarServiceToTheMiddle(FxRobot robot) {
        // given
        add(robot, ServiceKind.LAMBDA_FUNCTION, 3000, 2000);

        // when
        robot.interact(() -> editor.centerOn(new ServiceId("lambda-1")));

        // then
        Node figure = robot.lookup("#service-lambda-1").query();
        Point2D middle = figure.localToScene(80, 32);
        assertEquals(400, middle.getX(), 1.0);
        assertEquals(300, middle.getY(), 1.0);
    }

    @Test
    void diagnosticsShowAsBadgesWithTheirCount(FxRobot robot) {
        // given
        ServiceId lambda = add(robot, ServiceKind.LAMBDA_FUNCTION, 100, 100);
        Diagnostic error = new Diagnostic("rule-a", Severity.ERROR, List.of(lambda), "Broken.", "Fix it.");
        Diagnostic warning = new Diagnostic("rule-b", Severity.WARNING, List.of(lambda), "Risky.", "Look.");

        // when
        robot.interact(() -> editor.setDiagnostics(List.of(warning, error)));

        // then
        Label badge = robot.lookup("#service-lambda-1 .badge").queryAs(Label.class);
        assertTrue(badge.isVisible());
        assertEquals("2", badge.getText());
        assertEquals("Error: Broken.\nWarning: Risky.", badge.getTooltip().getText());

        // when
        robot.interact(() -> editor.setDiagnostics(List.of()));

        // then
        assertFalse(badge.isVisible());
    }

    private ServiceId add(FxRobot robot, ServiceKind kind, double x, double y) {
        ServiceId[] id = new ServiceId[1];
        robot.interact(() -> id[0] = editor.addService(kind, new Point(x, y)));
        return id[0];
    }

    private void assertInsideEditor(Node figure) {
        assertTrue(editor.getLayoutBounds().contains(editor.sceneToLocal(figure.localToScene(
                figure.getLayoutBounds()))), figure.getId() + " outside the view");
    }
}
