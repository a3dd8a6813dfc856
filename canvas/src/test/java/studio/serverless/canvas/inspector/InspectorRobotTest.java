package studio.serverless.canvas.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.serverless.canvas.selection.SelectionModel;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.command.CommandStack;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

@ExtendWith(ApplicationExtension.class)
class InspectorRobotTest {

    private final ServiceId function = new ServiceId("lambda-1");
    private final ServiceId api = new ServiceId("api-1");
    private final ConnectionId integration = new ConnectionId("c1");
    private CommandStack stack;
    private SelectionModel selection;

    @Start
    void start(Stage stage) {
        Diagram diagram = new Diagram();
        diagram.addService(Service.create(function, ServiceKind.LAMBDA_FUNCTION, "orders-fn", new Point(0, 0)));
        diagram.addService(Service.create(api, ServiceKind.API_GATEWAY, "orders-api", new Point(0, 200))
                .withProperty("routes", List.of("GET /orders", "POST /orders")));
        diagram.addConnection(new Connection(integration, ConnectionType.API_INTEGRATION, api, function,
                PropertyValues.of(Map.of("route", "GET /orders"))));
        stack = new CommandStack(diagram);
        selection = new SelectionModel();
        stage.setScene(new Scene(new Inspector(stack, selection), 360, 700));
        stage.show();
    }

    @Test
    void typingAnOutOfRangeMemoryShowsTheLimitAndChangesNothing(FxRobot robot) {
        // given
        robot.interact(() -> selection.selectOnly(function));

        // when
        robot.doubleClickOn("#property-memorySize").eraseText(4).write("20000").type(KeyCode.ENTER);

        // then
        Label error = robot.lookup("#property-memorySize-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("Memory (MB) must be from 128 to 10240; 20000 is out of range.", error.getText());
        assertFalse(stack.canUndo());
    }

    @Test
    void anIntegrationsRouteIsPickedFromTheApisRoutes(FxRobot robot) {
        // given
        robot.interact(() -> selection.selectOnly(integration));

        // when
        robot.clickOn("#property-route .arrow-button").clickOn("POST /orders");

        // then
        assertEquals("POST /orders", stack.diagram().require(integration).properties().text("route"));
        robot.interact(stack::undo);
        assertEquals("GET /orders", stack.diagram().require(integration).properties().text("route"));
        assertFalse(stack.canUndo(), "picking a route is one step");
    }

    @Test
    void anAcceptedMemoryIsOneUndoStepAndUndoShowsTheOldValue(FxRobot robot) {
        // given
        robot.interact(() -> selection.selectOnly(function));

        // when
        robot.doubleClickOn("#property-memorySize").eraseText(4).write("1024").type(KeyCode.ENTER);

        // then
        assertEquals(Optional.of(1024), stack.diagram().require(function).properties().integer("memorySize"));
        robot.interact(stack::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("128", robot.lookup("#property-memorySize").queryAs(TextField.class).getText());
    }
}
