package studio.serverless.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
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
import studio.serverless.model.command.RenameCommand;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

@ExtendWith(ApplicationExtension.class)
class ClipboardRobotTest {

    private CommandStack stack;
    private DiagramEditor editor;
    private CommandStack otherStack;
    private DiagramEditor otherEditor;

    @Start
    void start(Stage stage) {
        stack = new CommandStack(new Diagram());
        editor = new DiagramEditor(stack);
        editor.setPrefSize(600, 500);
        otherStack = new CommandStack(new Diagram());
        otherEditor = new DiagramEditor(otherStack);
        otherEditor.setId("other-editor");
        otherEditor.setPrefSize(400, 500);
        stage.setScene(new Scene(new HBox(editor, otherEditor), 1000, 500));
        stage.show();
    }

    @Test
    void copyThenPasteTwiceAddsOffsetCopiesWithTheirConnectionAndUniqueNames(FxRobot robot) {
        // given a queue triggering a function, both selected
        selectQueueAndFunction(robot);

        // when
        robot.press(KeyCode.CONTROL).type(KeyCode.C).type(KeyCode.V).type(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        // then
        Diagram diagram = stack.diagram();
        assertEquals(6, diagram.services().size());
        assertEquals(3, diagram.connections().size());
        assertEquals(List.of("orders", "worker", "orders-2", "worker-2", "orders-3", "worker-3"),
                diagram.services().stream().map(Service::name).toList());
        assertEquals(new Point(140, 140), diagram.services().get(4).position(), "second paste two grid steps on");
        assertEquals(Set.of(diagram.services().get(4).id(), diagram.services().get(5).id()),
                editor.selection().elements(), "the last paste is selected");
        assertEquals("Paste 2 services", stack.undoName().orElseThrow());

        // when
        robot.interact(stack::undo);

        // then
        assertEquals(4, diagram.services().size());
    }

    @Test
    void theClipboardAlsoHoldsTheServicesAsDiagramText(FxRobot robot) {
        // given
        selectQueueAndFunction(robot);

        // when
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);

        // then
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        assertTrue(text[0].contains("\"format\": \"serverless-studio-diagram\""), text[0]);
        assertTrue(text[0].contains("\"sqs-event-source\""), text[0]);
    }

    @Test
    void cutRemovesTheSelectionInOneStepAndPasteInAnotherEditorBringsItThere(FxRobot robot) {
        // given
        selectQueueAndFunction(robot);

        // when
        robot.press(KeyCode.CONTROL).type(KeyCode.X).release(KeyCode.CONTROL);
        robot.clickOn("#other-editor");
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertTrue(stack.diagram().services().isEmpty());
        assertEquals("Cut 2 services", stack.undoName().orElseThrow());
        assertEquals(List.of("orders", "worker"),
                otherStack.diagram().services().stream().map(Service::name).toList());
        assertEquals(1, otherStack.diagram().connections().size());
    }

    @Test
    void plainDiagramTextFromElsewhereCanBePasted(FxRobot robot) {
        // given diagram text put on the clipboard by another program
        String text = "{ \"format\": \"serverless-studio-diagram\", \"version\": 1, \"services\": [ { \"id\": \"x\","
                + " \"kind\": \"sns\", \"name\": \"alerts\", \"position\": { \"x\": 0, \"y\": 0 } } ] }";
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });

        // when
        robot.interact(editor::paste);

        // then
        assertEquals(List.of("alerts"), stack.diagram().services().stream().map(Service::name).toList());
    }

    @Test
    void duplicateCopiesTheSelectionInPlaceWithoutTouchingTheClipboard(FxRobot robot) {
        // given
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        selectQueueAndFunction(robot);

        // when
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertEquals(4, stack.diagram().services().size());
        assertEquals(new Point(120, 120), stack.diagram().services().get(2).position());
        assertEquals("Duplicate 2 services", stack.undoName().orElseThrow());
        boolean[] canPaste = new boolean[1];
        robot.interact(() -> canPaste[0] = editor.canPaste());
        assertFalse(canPaste[0], "the clipboard stays empty");
    }

    private void selectQueueAndFunction(FxRobot robot) {
        robot.interact(() -> {
            ServiceId queue = editor.addService(ServiceKind.SQS_QUEUE, new Point(100, 100));
            stack.execute(new RenameCommand(queue, "orders"));
            ServiceId function = editor.addService(ServiceKind.LAMBDA_FUNCTION, new Point(340, 100));
            stack.execute(new RenameCommand(function, "worker"));
            stack.execute(new ConnectCommand(new Connection(new ConnectionId("c1"), ConnectionType.SQS_EVENT_SOURCE,
                    queue, function, PropertyValues.of(Map.of("batchSize", 10)))));
            editor.selection().selectOnly(Set.of(queue, function));
        });
        robot.interact(editor::requestFocus);
    }
}
