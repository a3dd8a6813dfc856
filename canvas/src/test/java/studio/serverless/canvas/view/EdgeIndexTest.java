package studio.serverless.canvas.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.ServiceId;

class EdgeIndexTest {

    private final ServiceId queue = new ServiceId("sqs-1");
    private final ServiceId function = new ServiceId("lambda-1");
    private final ServiceId table = new ServiceId("dynamodb-1");
    private final Connection trigger = connection("c1", ConnectionType.SQS_EVENT_SOURCE, queue, function);
    private final Connection access = connection("c2", ConnectionType.DYNAMODB_ACCESS, function, table);

    @Test
    void aServiceKnowsTheConnectionsAtBothItsEnds() {
        EdgeIndex index = new EdgeIndex();
        index.add(trigger);
        index.add(access);

        assertEquals(Set.of(trigger.id(), access.id()), index.of(function));
        assertEquals(Set.of(trigger.id()), index.of(queue));
    }

    @Test
    void aRemovedConnectionIsForgottenAtBothEnds() {
        EdgeIndex index = new EdgeIndex();
        index.add(trigger);

        index.remove(trigger);

        assertTrue(index.of(queue).isEmpty());
        assertTrue(index.of(function).isEmpty());
    }

    private static Connection connection(String id, ConnectionType type, ServiceId source, ServiceId target) {
        return new Connection(new ConnectionId(id), type, source, target, PropertyValues.empty());
    }
}
