package studio.serverless.codegen.handler;

import java.util.List;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/** Texts that would break or inject into generated source code if pasted raw, and a diagram full of them. */
final class HostileNames {

    /** Quotes, line breaks, interpolations, comment ends, escapes, control characters and unicode. */
    static final List<String> TEXTS = List.of("it's \"quoted\"", "line1\nline2\r\n", "${process.exit(1)}",
            "#{Evil}", "*/ System.exit(1); /*", "\"\"\" import os", "`tick` ${x}", "\\u000a\\u0022 break",
            "ü漢字🙂", "nul\u0000bell\u0007", "sep\u2028arator\u2029\u0085", "\\", "");

    private HostileNames() {
    }

    /** One function per hostile text, each triggered by a queue and writing to a table and a queue. */
    static Diagram diagram() {
        Diagram diagram = new Diagram();
        for (int number = 0; number < TEXTS.size(); number++) {
            String text = TEXTS.get(number);
            Service function = Service.create(new ServiceId("lambda-" + number), ServiceKind.LAMBDA_FUNCTION,
                    text, Point.ORIGIN).withProperty("handler", text);
            Service table = Service.create(new ServiceId("dynamodb-" + number), ServiceKind.DYNAMODB_TABLE, text,
                    Point.ORIGIN).withProperty("partitionKey", text);
            Service queue = Service.create(new ServiceId("sqs-" + number), ServiceKind.SQS_QUEUE, text,
                    Point.ORIGIN);
            List.of(function, table, queue).forEach(diagram::addService);
            connect(diagram, "a" + number, ConnectionType.DYNAMODB_ACCESS, function, table, "read-write");
            connect(diagram, "b" + number, ConnectionType.SQS_SEND, function, queue, null);
            connect(diagram, "c" + number, ConnectionType.SQS_EVENT_SOURCE, queue, function, null);
        }
        return diagram;
    }

    private static void connect(Diagram diagram, String id, ConnectionType type, Service source, Service target,
                                String access) {
        PropertyValues values = access == null ? PropertyValues.empty()
                : PropertyValues.empty().with("access", access);
        diagram.addConnection(new Connection(new ConnectionId(id), type, source.id(), target.id(), values));
    }
}
