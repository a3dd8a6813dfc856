package studio.serverless.model.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;

class DiagramTest {

    private final Diagram diagram = new Diagram();
    private final Service function = Service.create(new ServiceId("lambda-1"), ServiceKind.LAMBDA_FUNCTION, "fn",
            Point.ORIGIN);

    @Test
    void aNewServiceStartsWithTheCatalogueDefaults() {
        assertEquals(128, function.properties().integer("memorySize").orElseThrow());
        assertEquals("python3.13", function.properties().text("runtime"));
    }

    @Test
    void anIdCanBeUsedOnlyOnce() {
        diagram.addService(function);

        assertThrows(IllegalArgumentException.class, () -> diagram.addService(function));
    }

    @Test
    void aConnectionNeedsBothEndsInTheDiagram() {
        diagram.addService(function);
        Connection dangling = new Connection(new ConnectionId("c1"), ConnectionType.DYNAMODB_ACCESS,
                function.id(), new ServiceId("dynamodb-9"), PropertyValues.empty());

        assertThrows(IllegalArgumentException.class, () -> diagram.addConnection(dangling));
    }

    @Test
    void aServiceWithConnectionsCannotBeRemovedAlone() {
        Service table = Service.create(new ServiceId("dynamodb-1"), ServiceKind.DYNAMODB_TABLE, "t", Point.ORIGIN);
        diagram.addService(function);
        diagram.addService(table);
        diagram.addConnection(new Connection(new ConnectionId("c1"), ConnectionType.DYNAMODB_ACCESS, function.id(),
                table.id(), PropertyValues.empty()));

        assertThrows(IllegalStateException.class, () -> diagram.removeService(table.id()));
    }

    @Test
    void newIdsAndNamesAreUnused() {
        diagram.addService(function);

        assertEquals(new ServiceId("lambda-2"), diagram.newServiceId(ServiceKind.LAMBDA_FUNCTION));
        assertEquals("fn-2", diagram.unusedName("fn"));
    }

    @Test
    void listenersHearChangesWithTheStateBeforeAndAfter() {
        List<DiagramEvent> events = new ArrayList<>();
        diagram.addListener(events::add);
        diagram.addService(function);

        diagram.replaceService(function.withName("renamed"));

        assertEquals(List.of(new DiagramEvent.ServiceAdded(function),
                new DiagramEvent.ServiceChanged(function, function.withName("renamed"))), events);
    }

    @Test
    void theServiceListCannotBeChangedFromOutside() {
        assertThrows(UnsupportedOperationException.class, () -> diagram.services().add(function));
    }
}
