package studio.serverless.canvas.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.ServiceId;

class SelectionModelTest {

    private final ServiceId function = new ServiceId("lambda-1");
    private final ServiceId queue = new ServiceId("sqs-1");
    private final ConnectionId connection = new ConnectionId("c1");

    @Test
    void selectOnlyReplacesTheSelection() {
        SelectionModel selection = new SelectionModel();
        selection.selectOnly(List.of(function, connection));

        selection.selectOnly(queue);

        assertEquals(Set.of(queue), selection.elements());
    }

    @Test
    void toggleAddsAndRemoves() {
        SelectionModel selection = new SelectionModel();

        selection.toggle(function);
        selection.toggle(queue);
        selection.toggle(function);

        assertEquals(Set.of(queue), selection.elements());
    }

    @Test
    void servicesAndConnectionsAreSeparated() {
        SelectionModel selection = new SelectionModel();
        selection.selectOnly(List.of(function, connection, queue));

        assertEquals(Set.of(function, queue), selection.services());
        assertEquals(Set.of(connection), selection.connections());
    }

    @Test
    void clearSelectsNothing() {
        SelectionModel selection = new SelectionModel();
        selection.selectOnly(function);

        selection.clear();

        assertTrue(selection.elements().isEmpty());
    }
}
