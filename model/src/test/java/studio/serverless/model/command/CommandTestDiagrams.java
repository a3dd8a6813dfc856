package studio.serverless.model.command;

import java.util.Map;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/** Small diagrams for command tests: a function writing to a table, triggered by a queue. */
final class CommandTestDiagrams {

    static final ServiceId QUEUE = new ServiceId("sqs-1");
    static final ServiceId FUNCTION = new ServiceId("lambda-1");
    static final ServiceId TABLE = new ServiceId("dynamodb-1");
    static final ConnectionId TRIGGER = new ConnectionId("c1");
    static final ConnectionId WRITE = new ConnectionId("c2");

    private CommandTestDiagrams() {
    }

    /** Queue -> function -> table, built without commands. */
    static Diagram queueFunctionTable() {
        Diagram diagram = new Diagram();
        diagram.addService(Service.create(QUEUE, ServiceKind.SQS_QUEUE, "orders", new Point(0, 0)));
        diagram.addService(Service.create(FUNCTION, ServiceKind.LAMBDA_FUNCTION, "worker", new Point(200, 0)));
        diagram.addService(Service.create(TABLE, ServiceKind.DYNAMODB_TABLE, "orders-table", new Point(400, 0)));
        diagram.addConnection(new Connection(TRIGGER, ConnectionType.SQS_EVENT_SOURCE, QUEUE, FUNCTION,
                PropertyValues.of(Map.of("batchSize", 10))));
        diagram.addConnection(new Connection(WRITE, ConnectionType.DYNAMODB_ACCESS, FUNCTION, TABLE,
                PropertyValues.of(Map.of("access", "write"))));
        return diagram;
    }

    /** A snapshot of everything a diagram holds, to compare before and after an undo. */
    static String snapshot(Diagram diagram) {
        return diagram.services() + " / " + diagram.connections();
    }
}
