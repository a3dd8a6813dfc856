package studio.serverless.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.text.Text;
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
import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.command.CommandStack;
import studio.serverless.model.command.RenameCommand;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.ServiceId;

@ExtendWith(ApplicationExtension.class)
class DiagramEditorRobotTest {

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
    void addedServicesAppearAsFiguresWithTheirNames(FxRobot robot) {
        // when
        add(robot, ServiceKind.LAMBDA_FUNCTION, 100, 100);
        add(robot, ServiceKind.DYNAMODB_TABLE, 400, 100);

        // then
        assertEquals(2, robot.lookup(".service-figure").queryAll().size());
        assertEquals(ServiceCatalog.standard().service(ServiceKind.LAMBDA_FUNCTION).defaultName(),
                robot.lookup("#service-lambda-1 .service-name").queryAs(Text.class).getText());
        String kind = robot.lookup("#service-dynamodb-1 .service-kind").queryAs(Text.class).getText();
        assertTrue(kind.equals("DynamoDB table") || kind.startsWith("DynamoDB t") && kind.endsWith("\u2026"), kind);
        assertEquals("table, DynamoDB table", robot.lookup("#service-dynamodb-1").query().getAccessibleText());
    }

    @Test
    void aLongNameIsShortenedWithAnEllipsisToFitItsFigure(FxRobot robot) {
        // given
        ServiceId id = add(robot, ServiceKind.LAMBDA_FUNCTION, 100, 100);

        // when
        robot.interact(() -> stack.execute(new RenameCommand(id, "process-incoming-orders-from-the-web-shop")));

        // then
        Text name = robot.lookup("#service-lambda-1 .service-name").queryAs(Text.class);
        assertTrue(name.getText().startsWith("process-"), name.getText());
        assertTrue(name.getText().endsWith("\u2026"), name.getText());
        assertTrue(name.getBoundsInParent().getMaxX() <= 160 - 12 + 1, "the name ends inside the figure");
    }

    @Test
    void draggingAServiceMovesItToTheGridInOneUndoStep(FxRobot robot) {
        // given
        ServiceId lambda = add(robot, ServiceKind.LAMBDA_FUNCTION, 100, 100);

        // when
        robot.drag("#service-lambda-1", MouseButton.PRIMARY).moveBy(53, 27).drop();
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertEquals(new Point(160, 120), position(lambda));
        assertEquals("Move service", stack.undoName().orElseThrow());
        robot.interact(stack::undo);
        assertEquals(new Point(100, 100), position(lambda));
        assertEquals(100, figure(robot, "#service-lambda-1").getLayoutX());
    }

    @Test
    void draggingASelectionMovesAllOfItAsOneCommand(FxRobot robot) {
        // given
        add(robot, ServiceKind.LAMBDA_FUNCTION, 100, 100);
        add(robot, ServiceKind.SQS_QUEUE, 100, 300);
        robot.clickOn("#service-lambda-1").press(KeyCode.SHIFT).clickOn("#service-sqs-1").release(KeyCode.SHIFT);

        // when
        robot.drag("#service-sqs-1", MouseButton.PRIMARY).moveBy(100, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertEquals("Move 2 services", stack.undoName().orElseThrow());
        assertEquals(200, position(new ServiceId("lambda-1")).x());
        assertEquals(200, position(new ServiceId("sqs-1")).x());
    }

    @Test
    void escapeDuringADragPutsTheServiceBackAndRecordsNothing(FxRobot robot) {
        // given
        ServiceId lambda = add(robot, ServiceKind.LAMBDA_FUNCTION, 100, 100);

        // when
        robot.drag("#service-lambda-1", MouseButton.PRIMARY).moveBy(120, 80);
        robot.type(KeyCode.ESCAPE);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertEquals(new Point(100, 100), position(lambda));
        assertEquals(100, figure(robot, "#service-lambda-1").getLayoutX());
        assertEquals("Add Lambda function", stack.undoName().orElseThrow());
    }

    @Test
    void connectingAFunctionToATableAsksWhichAccessAndRecordsTheChoice(FxRobot robot) {
        // given
        add(robot, ServiceKind.LAMBDA_FUNCTION, 100, 100);
        add(robot, ServiceKind.DYNAMODB_TABLE, 400, 100);

        // when
        robot.drag("#service-lambda-1 .connector-handle", MouseButton.PRIMARY).dropTo("#service-dynamodb-1");
        robot.clickOn("DynamoDB access: write");
        WaitForAsyncUtils.waitForFxEvents();

        // then
        List<Connection> connections = stack.diagram().connections();
        assertEquals(1, connections.size());
        assertEquals(ConnectionType.DYNAMODB_ACCESS, connections.get(0).type());
        assertEquals("write", connections.get(0).properties().text("access"));
        assertEquals(Set.of(connections.get(0).id()), editor.selection().elements());
        assertTrue(robot.lookup("#connection-" + connections.get(0).id().value()).tryQuery().isPresent());
    }

    @Test
    void aConnectionTheCatalogueForbidsIsRefusedWithAHint(FxRobot robot) {
        // given
        add(robot, ServiceKind.DYNAMODB_TABLE, 100, 100);
        add(robot, ServiceKind.S3_BUCKET, 400, 100);

        // when
        robot.drag("#service-dynamodb-1 .connector-handle", MouseButton.PRIMARY).moveTo("#service-s3-1");
        boolean markedIllegal = figure(robot, "#service-s3-1").getPseudoClassStates()
                .contains(ServiceFigure.CONNECT_ILLEGAL);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertTrue(markedIllegal);
        assertTrue(stack.diagram().connections().isEmpty());
        assertEquals("A DynamoDB table cannot connect to an S3 bucket this way", editor.hintProperty().get());
    }

    private ServiceId add(FxRobot robot, ServiceKind kind, double x, double y) {
        ServiceId[] id = new ServiceId[1];
        robot.interact(() -> id[0] = editor.addService(kind, new Point(x, y)));
        return id[0];
    }

    private Point position(ServiceId id) {
        return stack.diagram().require(id).position();
    }

    private static Node figure(FxRobot robot, String query) {
        return robot.lookup(query).query();
    }
}
