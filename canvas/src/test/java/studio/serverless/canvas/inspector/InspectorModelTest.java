package studio.serverless.canvas.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
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

class InspectorModelTest {

    private final ServiceId function = new ServiceId("lambda-1");
    private final ServiceId queue = new ServiceId("sqs-1");
    private final ConnectionId trigger = new ConnectionId("c1");
    private final CommandStack stack = new CommandStack(diagram());
    private final InspectorModel model = new InspectorModel(stack);

    @Test
    void aServiceShowsItsKindNameAndEveryCatalogueProperty() {
        InspectorContent content = model.describe(List.of(function));

        assertEquals("Lambda function", content.heading());
        assertEquals(Optional.of(function), content.renamable());
        assertEquals("orders-fn", content.name());
        assertEquals("memorySize", content.fields().get(2).spec().name());
        assertEquals("128", content.fields().get(2).text());
    }

    @Test
    void aConnectionShowsItsTypeEndsAndProperties() {
        InspectorContent content = model.describe(List.of(trigger));

        assertEquals("SQS event source", content.heading());
        assertEquals("orders → orders-fn", content.subtitle());
        assertTrue(content.fields().stream().anyMatch(field -> field.spec().name().equals("batchSize")));
        assertEquals(Optional.empty(), content.renamable());
    }

    @Test
    void severalElementsShowOnlyTheirCount() {
        InspectorContent content = model.describe(List.of(function, queue, trigger));

        assertEquals("3 elements selected", content.heading());
        assertTrue(content.fields().isEmpty());
    }

    @Test
    void anAcceptedValueIsOneUndoableCommand() {
        InspectorField memory = field("memorySize");

        assertEquals(Optional.empty(), model.set(memory, "2048"));

        assertEquals(Optional.of(2048), stack.diagram().require(function).properties().integer("memorySize"));
        assertEquals("Set Memory (MB)", stack.undoName().orElseThrow());
        stack.undo();
        assertEquals(Optional.of(128), stack.diagram().require(function).properties().integer("memorySize"));
    }

    @Test
    void aRefusedValueChangesNothingAndSaysWhy() {
        Optional<String> refusal = model.set(field("memorySize"), "20000");

        assertEquals(Optional.of("Memory (MB) must be from 128 to 10240; 20000 is out of range."), refusal);
        assertFalse(stack.canUndo());
    }

    @Test
    void anUnchangedValueRecordsNoStep() {
        model.set(field("memorySize"), "128");

        assertFalse(stack.canUndo());
    }

    @Test
    void renamingIsOneCommandAndABlankNameIsRefused() {
        assertEquals(Optional.empty(), model.rename(function, "checkout"));
        assertEquals("Rename to checkout", stack.undoName().orElseThrow());
        assertTrue(model.rename(function, "  ").isPresent());
        assertEquals("checkout", stack.diagram().require(function).name());
    }

    @Test
    void anApiIntegrationsRouteSuggestsTheRoutesOfItsApi() {
        ServiceId api = new ServiceId("api-1");
        ConnectionId integration = new ConnectionId("c2");
        stack.diagram().addService(Service.create(api, ServiceKind.API_GATEWAY, "orders-api", new Point(0, 200))
                .withProperty("routes", List.of("GET /orders", "POST /orders")));
        stack.diagram().addConnection(new Connection(integration, ConnectionType.API_INTEGRATION, api, function,
                PropertyValues.of(Map.of("route", "GET /orders"))));

        InspectorField route = model.describe(List.of(integration)).fields().stream()
                .filter(field -> field.spec().name().equals("route")).findFirst().orElseThrow();

        assertEquals(List.of("GET /orders", "POST /orders"), route.suggestions());
        assertEquals(List.of(), field("memorySize").suggestions());
    }

    private InspectorField field(String name) {
        return model.describe(List.of(function)).fields().stream().filter(field -> field.spec().name().equals(name))
                .findFirst().orElseThrow();
    }

    private Diagram diagram() {
        Diagram diagram = new Diagram();
        diagram.addService(Service.create(function, ServiceKind.LAMBDA_FUNCTION, "orders-fn", new Point(0, 0)));
        diagram.addService(Service.create(queue, ServiceKind.SQS_QUEUE, "orders", new Point(200, 0)));
        diagram.addConnection(new Connection(trigger, ConnectionType.SQS_EVENT_SOURCE, queue, function,
                PropertyValues.of(Map.of("batchSize", 10))));
        return diagram;
    }
}
