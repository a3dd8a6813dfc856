package studio.serverless.model.fragment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

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
import studio.serverless.model.format.DiagramFormatException;

class DiagramFragmentTest {

    private static final ServiceId QUEUE = new ServiceId("sqs-1");
    private static final ServiceId FUNCTION = new ServiceId("lambda-1");
    private static final ServiceId TABLE = new ServiceId("dynamodb-1");

    @Test
    void aFragmentKeepsOnlyTheConnectionsAmongItsServices() {
        Diagram diagram = queueFunctionTable();

        DiagramFragment fragment = DiagramFragment.of(diagram, Set.of(QUEUE, FUNCTION));

        assertEquals(List.of(QUEUE, FUNCTION), fragment.services().stream().map(Service::id).toList());
        assertEquals(List.of(new ConnectionId("c1")), fragment.connections().stream().map(Connection::id).toList());
    }

    @Test
    void aFragmentSurvivesItsTextForm() throws Exception {
        DiagramFragment fragment = DiagramFragment.of(queueFunctionTable(), Set.of(QUEUE, FUNCTION, TABLE));

        DiagramFragment read = DiagramFragment.fromText(fragment.toText(), "the clipboard");

        assertEquals(fragment.services(), read.services());
        assertEquals(fragment.connections().stream().map(DiagramFragmentTest::ends).toList(),
                read.connections().stream().map(DiagramFragmentTest::ends).toList());
        assertEquals(10, read.connections().get(0).properties().integer("batchSize").orElseThrow());
    }

    @Test
    void textThatIsNotADiagramIsRefusedWithItsOrigin() {
        DiagramFormatException failure = assertThrows(DiagramFormatException.class,
                () -> DiagramFragment.fromText("hello", "the clipboard"));

        assertTrue(failure.getMessage().startsWith("the clipboard: "), failure.getMessage());
    }

    @Test
    void aPasteGetsNewIdsUniqueNamesAndTheOffsetAndUndoesInOneStep() {
        Diagram diagram = queueFunctionTable();
        CommandStack stack = new CommandStack(diagram);
        DiagramFragment fragment = DiagramFragment.of(diagram, Set.of(QUEUE, FUNCTION));

        FragmentPaste paste = FragmentPaste.prepare(diagram, fragment, 20, 20);
        stack.execute(paste.command("Paste"));

        assertEquals(5, diagram.services().size());
        Service queueCopy = diagram.require(paste.serviceIds().get(0));
        assertEquals("orders-2", queueCopy.name());
        assertEquals(new Point(20, 20), queueCopy.position());
        Connection copied = paste.connections().get(0);
        assertEquals(new Connection(copied.id(), ConnectionType.SQS_EVENT_SOURCE, paste.serviceIds().get(0),
                paste.serviceIds().get(1), PropertyValues.of(Map.of("batchSize", 10))), diagram.require(copied.id()));
        assertEquals("Paste 2 services", stack.undoName().orElseThrow());

        stack.undo();

        assertEquals(3, diagram.services().size());
        assertEquals(2, diagram.connections().size());
    }

    @Test
    void pastingIntoADiagramWithoutTheNamesKeepsThem() {
        DiagramFragment fragment = DiagramFragment.of(queueFunctionTable(), Set.of(QUEUE, FUNCTION, TABLE));

        FragmentPaste paste = FragmentPaste.prepare(new Diagram(), fragment, 0, 0);

        assertEquals(List.of("orders", "worker", "orders-table"),
                paste.services().stream().map(Service::name).toList());
    }

    private static String ends(Connection connection) {
        return connection.id() + " " + connection.type() + " " + connection.source() + " " + connection.target();
    }

    private static Diagram queueFunctionTable() {
        Diagram diagram = new Diagram();
        diagram.addService(Service.create(QUEUE, ServiceKind.SQS_QUEUE, "orders", new Point(0, 0)));
        diagram.addService(Service.create(FUNCTION, ServiceKind.LAMBDA_FUNCTION, "worker", new Point(200, 0)));
        diagram.addService(Service.create(TABLE, ServiceKind.DYNAMODB_TABLE, "orders-table", new Point(400, 0)));
        diagram.addConnection(new Connection(new ConnectionId("c1"), ConnectionType.SQS_EVENT_SOURCE, QUEUE,
                FUNCTION, PropertyValues.of(Map.of("batchSize", 10))));
        diagram.addConnection(new Connection(new ConnectionId("c2"), ConnectionType.DYNAMODB_ACCESS, FUNCTION,
                TABLE, PropertyValues.of(Map.of("access", "write"))));
        return diagram;
    }
}
