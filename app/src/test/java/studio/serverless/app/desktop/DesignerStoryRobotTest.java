package studio.serverless.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.serverless.app.desktop.designer.DesignerViewModel;
import studio.serverless.app.desktop.problems.Problem;
import studio.serverless.app.diagnostics.DiagramLoader;
import studio.serverless.canvas.DiagramEditor;
import studio.serverless.canvas.geometry.FigureGeometry;
import studio.serverless.canvas.view.InitialsIconFactory;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Validator;

/** The designer as a person uses it: palette, canvas, inspector, problems, undo, save and reopen. */
@ExtendWith(ApplicationExtension.class)
class DesignerStoryRobotTest {

    private final RecordingFilePicker picker = new RecordingFilePicker();
    private DesignerViewModel model;
    private Stage stage;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
        model = new DesignerViewModel(DiagramLoader.standard(), Validator.standard());
        new MainWindow(model, picker, new InitialsIconFactory()).show(primaryStage);
    }

    @Test
    void buildCheckUndoRedoSaveAndReopenAFunctionWritingATable(FxRobot robot, @TempDir Path folder) {
        // given: Lambda and DynamoDB dragged from the palette onto the canvas
        dragFromPalette(robot, "#palette-lambda", 120, 120);
        dragFromPalette(robot, "#palette-dynamodb", 460, 120);
        assertEquals(List.of("lambda-1", "dynamodb-1"), serviceIds());

        // then: the unused table is a problem
        assertTrue(hasProblem(robot, "unused-resource-table"), problemTexts(robot).toString());

        // when: connected, read-write
        robot.drag("#service-lambda-1 .connector-handle", MouseButton.PRIMARY).dropTo("#service-dynamodb-1");
        robot.clickOn("DynamoDB access: read-write");
        WaitForAsyncUtils.waitForFxEvents();

        // then: the problem is gone, the connection is there
        assertFalse(hasProblem(robot, "unused-resource-table"), problemTexts(robot).toString());
        assertEquals(ConnectionType.DYNAMODB_ACCESS, model.document().diagram().connections().get(0).type());
        assertEquals("DynamoDB access", robot.lookup("#inspectorHeading").queryAs(Label.class).getText());
        assertEquals("read-write", robot.lookup("#property-access").queryAs(ComboBox.class).getValue());

        // when: memory set in the inspector, first out of range, then right
        robot.clickOn("#service-lambda-1");
        robot.doubleClickOn("#property-memorySize").eraseText(3).write("20000").type(KeyCode.ENTER);
        assertEquals("Memory (MB) must be from 128 to 10240; 20000 is out of range.",
                robot.lookup("#property-memorySize-error").queryAs(Label.class).getText());
        robot.doubleClickOn("#property-memorySize").eraseText(5).write("1024").type(KeyCode.ENTER);
        assertEquals(1024, memoryOf("lambda-1"));
        assertEquals("Undo Set Memory (MB)", model.undoRedo().undoTextProperty().get());

        // when: everything undone from the keyboard, on the canvas
        robot.clickOn("#canvas");
        for (int step = 0; step < 4; step++) {
            robot.push(KeyCode.CONTROL, KeyCode.Z);
        }
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertTrue(model.document().diagram().services().isEmpty());
        assertFalse(model.undoRedo().canUndoProperty().get());
        assertEquals("Untitled — Serverless Studio", stage.getTitle());

        // when: everything redone, with both redo shortcuts
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.Y).push(KeyCode.CONTROL, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertEquals(1024, memoryOf("lambda-1"));
        assertEquals(1, model.document().diagram().connections().size());
        assertEquals("*Untitled — Serverless Studio", stage.getTitle());
        assertEquals("2 services · 1 connection", statusText(robot, "#statusCounts"));

        // when: saved, then a new diagram, then the file reopened
        Path file = folder.resolve("story.studio.json");
        picker.answerSaveWith(file);
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("story.studio.json — Serverless Studio", stage.getTitle());
        assertEquals("Untitled.studio.json", picker.lastSuggestedName());
        Diagram saved = model.document().diagram();
        robot.push(KeyCode.CONTROL, KeyCode.N);
        assertTrue(model.document().diagram().services().isEmpty());
        picker.answerOpenWith(file);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitForFxEvents();

        // then: the same diagram
        Diagram reopened = model.document().diagram();
        assertEquals(saved.services(), reopened.services());
        assertEquals(saved.connections(), reopened.connections());
        assertEquals("story.studio.json — Serverless Studio", stage.getTitle());
        assertTrue(robot.lookup("#service-dynamodb-1").tryQuery().isPresent());
    }

    @Test
    void choosingAProblemSelectsAndCentresItsElement(FxRobot robot) {
        // given: an unconnected queue far from the middle, scrolled out of the centre
        dragFromPalette(robot, "#palette-sqs", 60, 60);
        Service queue = model.document().diagram().services().get(0);
        robot.clickOn("#canvas");

        // when
        robot.clickOn(robot.lookup("#problems .table-row-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        // then
        DiagramEditor editor = robot.lookup("#canvas").queryAs(DiagramEditor.class);
        assertEquals(Set.of(queue.id()), editor.selection().elements());
        assertEquals("SQS queue", robot.lookup("#inspectorHeading").queryAs(Label.class).getText());
        assertEquals(queue.name(), robot.lookup("#inspectorName").queryAs(TextField.class).getText());
        Point centre = editor.visibleCenter();
        assertEquals(queue.position().x() + FigureGeometry.WIDTH / 2, centre.x(), 1);
        assertEquals(queue.position().y() + FigureGeometry.HEIGHT / 2, centre.y(), 1);
    }

    private void dragFromPalette(FxRobot robot, String cell, double x, double y) {
        robot.drag(cell, MouseButton.PRIMARY)
                .moveTo(robot.point("#canvas").atPosition(Pos.TOP_LEFT).atOffset(new Point2D(x, y))).drop();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> serviceIds() {
        return model.document().diagram().services().stream().map(service -> service.id().value()).toList();
    }

    private int memoryOf(String id) {
        return model.document().diagram().require(new ServiceId(id)).properties().integer("memorySize").orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Problem> problems(FxRobot robot) {
        return ((TableView<Problem>) robot.lookup("#problems").query()).getItems();
    }

    private static List<String> problemTexts(FxRobot robot) {
        return problems(robot).stream().map(problem -> problem.element() + ": " + problem.message()).toList();
    }

    private static boolean hasProblem(FxRobot robot, String key) {
        return problems(robot).stream().anyMatch(problem -> key.equals("unused-resource-" + problem.element())
                && problem.message().startsWith("Nothing reads or writes"));
    }

    private static String statusText(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

}
