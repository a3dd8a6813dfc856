package studio.serverless.model.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import studio.serverless.model.bench.DiagramGenerator;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.format.DiagramReader;
import studio.serverless.model.format.DiagramWriter;

class LayeredLayoutTest {

    private static final LayoutSpacing SPACING = new LayoutSpacing(160, 64, 80, 36);
    private final LayeredLayout layout = new LayeredLayout(SPACING);

    @Test
    void aPipelineRunsFromItsSourceOnTheLeftToItsSinkOnTheRight() {
        Diagram diagram = new Diagram();
        ServiceId table = add(diagram, ServiceKind.DYNAMODB_TABLE, "orders", 0);
        ServiceId function = add(diagram, ServiceKind.LAMBDA_FUNCTION, "worker", 0);
        ServiceId bucket = add(diagram, ServiceKind.S3_BUCKET, "uploads", 0);
        connect(diagram, ConnectionType.S3_NOTIFICATION, bucket, function);
        connect(diagram, ConnectionType.DYNAMODB_ACCESS, function, table);

        Map<ServiceId, Point> positions = layout.arrange(diagram, new Point(40, 40)).positions();

        assertEquals(new Point(40, 40), positions.get(bucket));
        assertEquals(new Point(40 + 240, 40), positions.get(function));
        assertEquals(new Point(40 + 480, 40), positions.get(table));
    }

    @Test
    void everyConnectionPointsLeftToRightExceptTheBackEdgesOfCycles() {
        Diagram diagram = new DiagramGenerator(7).generate(300, 600);

        DiagramLayout result = layout.arrange(diagram, Point.ORIGIN);

        for (Connection connection : diagram.connections()) {
            if (!result.backEdges().contains(connection.id())) {
                assertTrue(x(result, connection.source()) < x(result, connection.target()),
                        () -> connection + " points right to left");
            }
        }
        assertTrue(result.backEdges().size() < diagram.connections().size() / 4, "few connections are left out");
    }

    @Test
    void anAcyclicDiagramHasNoBackEdges() {
        Diagram diagram = new Diagram();
        ServiceId queue = add(diagram, ServiceKind.SQS_QUEUE, "orders", 0);
        ServiceId function = add(diagram, ServiceKind.LAMBDA_FUNCTION, "worker", 0);
        ServiceId table = add(diagram, ServiceKind.DYNAMODB_TABLE, "table", 0);
        connect(diagram, ConnectionType.SQS_EVENT_SOURCE, queue, function);
        connect(diagram, ConnectionType.DYNAMODB_ACCESS, function, table);

        assertTrue(layout.arrange(diagram, Point.ORIGIN).backEdges().isEmpty());
    }

    @Test
    void aCycleIsBrokenAtItsDestinationConnection() {
        Diagram diagram = new Diagram();
        ServiceId function = add(diagram, ServiceKind.LAMBDA_FUNCTION, "worker", 0);
        ServiceId queue = add(diagram, ServiceKind.SQS_QUEUE, "retries", 0);
        ConnectionId onFailure = connect(diagram, ConnectionType.ON_FAILURE, function, queue);
        connect(diagram, ConnectionType.SQS_EVENT_SOURCE, queue, function);

        DiagramLayout result = layout.arrange(diagram, Point.ORIGIN);

        assertEquals(Set.of(onFailure), result.backEdges());
        assertTrue(x(result, queue) < x(result, function), "the trigger decides the direction");
    }

    @Test
    void aCycleOfTriggersLeavesOutExactlyOneConnection() {
        Diagram diagram = new Diagram();
        ServiceId function = add(diagram, ServiceKind.LAMBDA_FUNCTION, "worker", 0);
        ServiceId queue = add(diagram, ServiceKind.SQS_QUEUE, "work", 0);
        connect(diagram, ConnectionType.SQS_SEND, function, queue);
        ConnectionId trigger = connect(diagram, ConnectionType.SQS_EVENT_SOURCE, queue, function);

        assertEquals(Set.of(trigger), layout.arrange(diagram, Point.ORIGIN).backEdges());
    }

    @Test
    void noTwoFiguresOverlap() {
        Diagram diagram = new DiagramGenerator(11).generate(250, 400);
        add(diagram, ServiceKind.SNS_TOPIC, "alone", 0);

        List<Point> positions = new ArrayList<>(layout.arrange(diagram, Point.ORIGIN).positions().values());

        assertEquals(diagram.services().size(), positions.size());
        for (int i = 0; i < positions.size(); i++) {
            for (int j = i + 1; j < positions.size(); j++) {
                Point a = positions.get(i);
                Point b = positions.get(j);
                boolean apart = Math.abs(a.x() - b.x()) >= SPACING.nodeWidth()
                        || Math.abs(a.y() - b.y()) >= SPACING.nodeHeight();
                assertTrue(apart, "figures at " + a + " and " + b + " overlap");
            }
        }
    }

    @Test
    void theSameDiagramAlwaysGetsTheSameLayout() throws Exception {
        Diagram diagram = new DiagramGenerator(3).generate(200, 400);
        Diagram reloaded = DiagramReader.read(DiagramWriter.write(diagram), "copy");

        DiagramLayout first = layout.arrange(diagram, Point.ORIGIN);

        assertEquals(first, layout.arrange(diagram, Point.ORIGIN));
        assertEquals(first, layout.arrange(reloaded, Point.ORIGIN));
        assertEquals(List.copyOf(diagram.services().stream().map(Service::id).toList()),
                List.copyOf(first.positions().keySet()), "positions come in diagram order");
    }

    @Test
    void barycentreOrderingUncrossesTwoConnections() {
        Diagram diagram = new Diagram();
        ServiceId topSource = add(diagram, ServiceKind.S3_BUCKET, "top", 0);
        ServiceId bottomSource = add(diagram, ServiceKind.S3_BUCKET, "bottom", 0);
        ServiceId first = add(diagram, ServiceKind.LAMBDA_FUNCTION, "first", 0);
        ServiceId second = add(diagram, ServiceKind.LAMBDA_FUNCTION, "second", 0);
        connect(diagram, ConnectionType.S3_NOTIFICATION, topSource, second);
        connect(diagram, ConnectionType.S3_NOTIFICATION, bottomSource, first);

        DiagramLayout result = layout.arrange(diagram, Point.ORIGIN);

        boolean sourcesDown = y(result, topSource) < y(result, bottomSource);
        boolean targetsDown = y(result, second) < y(result, first);
        assertEquals(sourcesDown, targetsDown, "the two connections cross");
        assertEquals(0, LayeredLayout.crossings(diagram));
    }

    @Test
    void arrangingLeavesTheDiagramUnchanged() {
        Diagram diagram = new DiagramGenerator(5).generate(50, 80);
        String before = DiagramWriter.write(diagram);

        layout.arrange(diagram, Point.ORIGIN);

        assertEquals(before, DiagramWriter.write(diagram));
        assertFalse(before.isEmpty());
    }

    private static double x(DiagramLayout layout, ServiceId id) {
        return layout.positions().get(id).x();
    }

    private static double y(DiagramLayout layout, ServiceId id) {
        return layout.positions().get(id).y();
    }

    private static ServiceId add(Diagram diagram, ServiceKind kind, String name, double x) {
        ServiceId id = diagram.newServiceId(kind);
        diagram.addService(Service.create(id, kind, name, new Point(x, 0)));
        return id;
    }

    private static ConnectionId connect(Diagram diagram, ConnectionType type, ServiceId source, ServiceId target) {
        ConnectionId id = diagram.newConnectionId();
        diagram.addConnection(new Connection(id, type, source, target, PropertyValues.of(Map.of())));
        return id;
    }
}
