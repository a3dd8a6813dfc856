package studio.serverless.app.desktop.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.serverless.app.diagnostics.DiagramLoader;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;

/** Resource names as the runner reports them, found on the queue-orders example's diagram. */
class RunElementIndexTest {

    private static Diagram diagram;
    private static RunElementIndex index;

    @BeforeAll
    static void load() throws Exception {
        diagram = DiagramLoader.standard().load(Path.of("..", "examples", "queue-orders.studio.json"));
        index = RunElementIndex.of(diagram);
    }

    private static ResourceKey keyOf(Service service) {
        return new ResourceKey(service.kind(), service.name());
    }

    @Test
    void everyServiceIsFoundByItsKindAndName() {
        for (Service service : diagram.services()) {
            assertEquals(Optional.of(service.id()), index.service(keyOf(service)));
        }
    }

    @Test
    void aNameOfAnotherKindIsNotThatService() {
        Service any = diagram.services().get(0);
        ServiceKind other = any.kind() == ServiceKind.SNS_TOPIC ? ServiceKind.S3_BUCKET : ServiceKind.SNS_TOPIC;

        assertTrue(index.service(new ResourceKey(other, any.name())).isEmpty());
    }

    @Test
    void activityAlongAConnectionFindsItInEitherDirection() {
        for (Connection connection : diagram.connections()) {
            ResourceKey source = keyOf(diagram.require(connection.source()));
            ResourceKey target = keyOf(diagram.require(connection.target()));
            ConnectionId id = connection.id();

            assertEquals(Optional.of(id), index.connection(source, target), connection.toString());
            assertEquals(Optional.of(id), index.connection(target, source), connection.toString());
        }
    }

    @Test
    void activityBetweenUnconnectedOrUnknownResourcesHasNoConnection() {
        ResourceKey unknown = new ResourceKey(ServiceKind.SQS_QUEUE, "no-such-queue");
        ResourceKey any = keyOf(diagram.services().get(0));

        assertTrue(index.connection(unknown, any).isEmpty());
        assertTrue(index.connection(any, any).isEmpty());
    }
}
