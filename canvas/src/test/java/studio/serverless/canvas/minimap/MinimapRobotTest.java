package studio.serverless.canvas.minimap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.serverless.canvas.DiagramEditor;
import studio.serverless.canvas.geometry.Box;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.command.CommandStack;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;

@ExtendWith(ApplicationExtension.class)
class MinimapRobotTest {

    private DiagramEditor editor;
    private Minimap minimap;

    @Start
    void start(Stage stage) {
        editor = new DiagramEditor(new CommandStack(new Diagram()));
        minimap = new Minimap(editor);
        StackPane root = new StackPane(editor, minimap);
        StackPane.setAlignment(minimap, Pos.BOTTOM_RIGHT);
        stage.setScene(new Scene(root, 800, 600));
        stage.show();
    }

    @Test
    void clickingAFarFigureInTheMinimapCentresTheEditorOnIt(FxRobot robot) {
        // given a diagram much larger than the view
        robot.interact(() -> {
            editor.addService(ServiceKind.LAMBDA_FUNCTION, new Point(0, 0));
            editor.addService(ServiceKind.SQS_QUEUE, new Point(3000, 2000));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Point far = new Point(3080, 2032);
        Point inMinimap = minimap.mapping().toMinimap(far);

        // when
        robot.clickOn(minimap.localToScreen(inMinimap.x(), inMinimap.y()));
        WaitForAsyncUtils.waitForFxEvents();

        // then
        Box visible = minimap.visibleArea();
        assertEquals(far.x(), visible.center().x(), 30);
        assertEquals(far.y(), visible.center().y(), 30);
    }

    @Test
    void draggingInTheMinimapPansTheEditorAlong(FxRobot robot) {
        // given
        robot.interact(() -> {
            editor.addService(ServiceKind.LAMBDA_FUNCTION, new Point(0, 0));
            editor.addService(ServiceKind.SQS_QUEUE, new Point(4000, 0));
        });
        WaitForAsyncUtils.waitForFxEvents();
        MinimapMapping mapping = minimap.mapping();
        Point start = mapping.toMinimap(new Point(400, 300));
        Point end = mapping.toMinimap(new Point(3000, 300));

        // when
        robot.drag(screen(start), MouseButton.PRIMARY).moveTo(screen(end)).drop();
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertEquals(3000, minimap.visibleArea().center().x(), 40);
        assertTrue(editor.viewTransformProperty().get().translateX() < -2000, "the editor panned right");
    }

    @Test
    void theMinimapShowsOnlyWhileSomeOfTheDiagramLiesOutsideTheView(FxRobot robot) {
        // given a diagram wholly in view
        robot.interact(() -> editor.addService(ServiceKind.LAMBDA_FUNCTION, new Point(100, 100)));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(minimap.isVisible(), "nothing to find: it would only hide services");

        // when a service is added far away
        robot.interact(() -> editor.addService(ServiceKind.SQS_QUEUE, new Point(3000, 2000)));

        // then
        assertTrue(minimap.isVisible());

        // when everything is brought into view
        robot.interact(editor::zoomToFit);

        // then
        assertFalse(minimap.isVisible());
    }

    private Point2D screen(Point minimapPoint) {
        return minimap.localToScreen(minimapPoint.x(), minimapPoint.y());
    }
}
