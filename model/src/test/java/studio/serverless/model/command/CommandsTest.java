package studio.serverless.model.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.serverless.model.command.CommandTestDiagrams.FUNCTION;
import static studio.serverless.model.command.CommandTestDiagrams.QUEUE;
import static studio.serverless.model.command.CommandTestDiagrams.TABLE;
import static studio.serverless.model.command.CommandTestDiagrams.TRIGGER;
import static studio.serverless.model.command.CommandTestDiagrams.WRITE;
import static studio.serverless.model.command.CommandTestDiagrams.snapshot;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

class CommandsTest {

    private final Diagram diagram = CommandTestDiagrams.queueFunctionTable();
    private final CommandStack stack = new CommandStack(diagram);

    @Test
    void deletingAServiceAlsoRemovesItsConnections() {
        stack.execute(new RemoveCommand(Set.of(FUNCTION), Set.of()));

        assertTrue(diagram.service(FUNCTION).isEmpty());
        assertTrue(diagram.connections().isEmpty());
        assertEquals(2, diagram.services().size());
    }

    @Test
    void undoingADeleteRestoresTheServiceAndItsConnectionsInTheirOrder() {
        String before = snapshot(diagram);
        stack.execute(new RemoveCommand(Set.of(FUNCTION, QUEUE), Set.of()));

        stack.undo();

        assertEquals(before, snapshot(diagram));
    }

    @Test
    void deletingAConnectionKeepsItsServices() {
        stack.execute(new RemoveCommand(Set.of(), Set.of(WRITE)));

        assertEquals(3, diagram.services().size());
        assertEquals(List.of(TRIGGER), diagram.connections().stream().map(Connection::id).toList());
    }

    @Test
    void movingSeveralServicesIsOneUndoStepNamedForTheCount() {
        stack.execute(new MoveServicesCommand(Map.of(FUNCTION, new Point(50, 60), TABLE, new Point(70, 80))));

        assertEquals("Move 2 services", stack.undoName().orElseThrow());
        stack.undo();
        assertEquals(new Point(200, 0), diagram.require(FUNCTION).position());
        assertEquals(new Point(400, 0), diagram.require(TABLE).position());
        assertFalse(stack.canUndo());
    }

    @Test
    void renameIsUndone() {
        stack.execute(new RenameCommand(FUNCTION, "order-worker"));
        assertEquals("order-worker", diagram.require(FUNCTION).name());

        stack.undo();

        assertEquals("worker", diagram.require(FUNCTION).name());
    }

    @Test
    void settingAPropertyChangesOnlyThatPropertyAndUndoRestoresIt() {
        stack.execute(new SetPropertyCommand(FUNCTION, "memorySize", 1024));
        assertEquals(1024, diagram.require(FUNCTION).properties().integer("memorySize").orElseThrow());
        assertEquals(3, diagram.require(FUNCTION).properties().integer("timeout").orElseThrow());

        stack.undo();

        assertEquals(128, diagram.require(FUNCTION).properties().integer("memorySize").orElseThrow());
    }

    @Test
    void theUndoStepOfAPropertyIsNamedWithTheCataloguesLabel() {
        stack.execute(new SetPropertyCommand(FUNCTION, "memorySize", 1024));
        stack.execute(new SetPropertyCommand(TRIGGER, "batchSize", 5));

        assertEquals("Set Batch size", stack.undoName().orElseThrow());
        stack.undo();
        assertEquals("Set Memory (MB)", stack.undoName().orElseThrow());
    }

    @Test
    void settingAPropertyOfAConnectionWorksLikeAService() {
        stack.execute(new SetPropertyCommand(TRIGGER, "batchSize", 5));

        assertEquals(5, diagram.require(TRIGGER).properties().integer("batchSize").orElseThrow());
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedAndNothingChanges() {
        String before = snapshot(diagram);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> stack.execute(new SetPropertyCommand(FUNCTION, "memorySize", "lots")));

        assertTrue(error.getMessage().contains("whole number"), error.getMessage());
        assertEquals(before, snapshot(diagram));
        assertFalse(stack.canUndo());
    }

    @Test
    void aPropertyTheKindDoesNotHaveIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> stack.execute(new SetPropertyCommand(TABLE, "memorySize", 256)));
    }

    @Test
    void anOutOfRangeValueIsKeptForValidationToExplain() {
        stack.execute(new SetPropertyCommand(FUNCTION, "memorySize", 20000));

        assertEquals(20000, diagram.require(FUNCTION).properties().integer("memorySize").orElseThrow());
    }

    @Test
    void connectingRefusesAConnectionTheCatalogueDoesNotAllow() {
        Connection illegal = new Connection(diagram.newConnectionId(), ConnectionType.SQS_EVENT_SOURCE, TABLE,
                FUNCTION, PropertyValues.empty());

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> stack.execute(new ConnectCommand(illegal)));

        assertTrue(error.getMessage().contains("cannot go from"), error.getMessage());
        assertEquals(2, diagram.connections().size());
    }

    @Test
    void reconnectMovesAnEndAndUndoPutsItBack() {
        ServiceId otherTable = new ServiceId("dynamodb-2");
        diagram.addService(Service.create(otherTable, ServiceKind.DYNAMODB_TABLE, "audit", new Point(400, 200)));

        stack.execute(new ReconnectCommand(WRITE, FUNCTION, otherTable));
        assertEquals(otherTable, diagram.require(WRITE).target());

        stack.undo();
        assertEquals(TABLE, diagram.require(WRITE).target());
    }

    @Test
    void reconnectRefusesAnEndOfTheWrongKind() {
        assertThrows(IllegalArgumentException.class, () -> stack.execute(new ReconnectCommand(WRITE, FUNCTION,
                QUEUE)));
        assertEquals(TABLE, diagram.require(WRITE).target());
    }

    @Test
    void aCompoundCommandThatFailsHalfwayChangesNothing() {
        String before = snapshot(diagram);
        CompoundCommand paste = new CompoundCommand("Paste", List.of(
                new AddServiceCommand(Service.create(new ServiceId("s3-1"), ServiceKind.S3_BUCKET, "uploads",
                        Point.ORIGIN)),
                new RenameCommand(new ServiceId("missing"), "x")));

        assertThrows(IllegalArgumentException.class, () -> stack.execute(paste));

        assertEquals(before, snapshot(diagram));
        assertFalse(stack.canUndo());
    }

    @Test
    void aCompoundCommandIsUndoneAndRedoneAsOneStep() {
        ServiceId bucket = new ServiceId("s3-1");
        stack.execute(new CompoundCommand("Add bucket and rename", List.of(
                new AddServiceCommand(Service.create(bucket, ServiceKind.S3_BUCKET, "uploads", Point.ORIGIN)),
                new RenameCommand(bucket, "incoming-files"))));

        stack.undo();
        assertTrue(diagram.service(bucket).isEmpty());

        stack.redo();
        assertEquals("incoming-files", diagram.require(bucket).name());
    }
}
