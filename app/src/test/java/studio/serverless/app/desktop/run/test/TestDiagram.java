package studio.serverless.app.desktop.run.test;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/**
 * A diagram with one entry point of every kind and every trigger of a function: the function {@code echo}
 * behind {@code POST /items/{id}} of the HTTP API {@code shop-api}, fed by the queue {@code jobs}, uploads under
 * {@code incoming/} to {@code uploads-bucket}, the topic {@code alerts}, the schedule {@code nightly}, the table
 * {@code orders-table}'s stream and the stream {@code clicks}; the queues {@code orders} and {@code orders.fifo};
 * {@code alerts} also delivers to the queue {@code alerts-inbox}; the rule {@code order-placed} sends
 * {@code shop}/{@code OrderPlaced} events to {@code events-inbox}; the state machines {@code double}
 * (Standard) and {@code quick} (Express) pass their result on.
 */
final class TestDiagram {

    static final String PASS = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":{\"ok\":true},"
            + "\"End\":true}}}";

    private TestDiagram() {
    }

    static Diagram create() {
        Diagram diagram = new Diagram();
        Service echo = add(diagram, ServiceKind.LAMBDA_FUNCTION, "echo");
        Service api = add(diagram, ServiceKind.API_GATEWAY, "shop-api");
        connect(diagram, api, echo, ConnectionType.API_INTEGRATION, "route", "POST /items/{id}");
        connect(diagram, add(diagram, ServiceKind.SQS_QUEUE, "jobs"), echo, ConnectionType.SQS_EVENT_SOURCE);
        connect(diagram, add(diagram, ServiceKind.S3_BUCKET, "uploads-bucket"), echo,
                ConnectionType.S3_NOTIFICATION, "prefix", "incoming/");
        Service alerts = add(diagram, ServiceKind.SNS_TOPIC, "alerts");
        connect(diagram, alerts, echo, ConnectionType.SNS_SUBSCRIPTION);
        connect(diagram, alerts, add(diagram, ServiceKind.SQS_QUEUE, "alerts-inbox"), ConnectionType.SNS_SUBSCRIPTION);
        Service nightly = add(diagram, ServiceKind.EVENTBRIDGE_RULE, "nightly").withProperty("trigger", "SCHEDULE")
                .withProperty("scheduleExpression", "rate(1 day)");
        diagram.replaceService(nightly);
        connect(diagram, nightly, echo, ConnectionType.EVENTBRIDGE_TARGET);
        Service table = add(diagram, ServiceKind.DYNAMODB_TABLE, "orders-table").withProperty("streamViewType", "NEW_AND_OLD_IMAGES");
        diagram.replaceService(table);
        connect(diagram, table, echo, ConnectionType.DYNAMODB_STREAM);
        connect(diagram, add(diagram, ServiceKind.KINESIS_STREAM, "clicks"), echo, ConnectionType.KINESIS_STREAM);
        add(diagram, ServiceKind.SQS_QUEUE, "orders");
        diagram.replaceService(add(diagram, ServiceKind.SQS_QUEUE, "orders.fifo").withProperty("fifo", true));
        Service rule = add(diagram, ServiceKind.EVENTBRIDGE_RULE, "order-placed").withProperty("eventPattern",
                "{\"source\": [\"shop\"], \"detail-type\": [\"OrderPlaced\"]}");
        diagram.replaceService(rule);
        connect(diagram, rule, add(diagram, ServiceKind.SQS_QUEUE, "events-inbox"), ConnectionType.EVENTBRIDGE_TARGET);
        diagram.replaceService(add(diagram, ServiceKind.STEP_FUNCTIONS, "double").withProperty("definition", PASS));
        diagram.replaceService(add(diagram, ServiceKind.STEP_FUNCTIONS, "quick").withProperty("definition", PASS)
                .withProperty("type", "EXPRESS"));
        return diagram;
    }

    private static Service add(Diagram diagram, ServiceKind kind, String name) {
        Service service = Service.create(diagram.newServiceId(kind), kind, name, Point.ORIGIN);
        diagram.addService(service);
        return service;
    }

    private static void connect(Diagram diagram, Service source, Service target, ConnectionType type,
            String... property) {
        PropertyValues properties = property.length == 0 ? PropertyValues.empty()
                : PropertyValues.empty().with(property[0], property[1]);
        diagram.addConnection(new Connection(diagram.newConnectionId(), type, source.id(), target.id(), properties));
    }

    /** The service named {@code name}. */
    static ServiceId id(Diagram diagram, String name) {
        return diagram.services().stream().filter(service -> service.name().equals(name)).findFirst().orElseThrow()
                .id();
    }
}
