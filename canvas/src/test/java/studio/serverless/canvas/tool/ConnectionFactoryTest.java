package studio.serverless.canvas.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import studio.serverless.model.catalog.ConnectionChoice;
import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

class ConnectionFactoryTest {

    private final Diagram diagram = new Diagram();
    private final ServiceId function = new ServiceId("lambda-1");
    private final ServiceId table = new ServiceId("dynamodb-1");

    @Test
    void theChoicePresetsOverrideTheSpecDefaults() {
        ConnectionChoice write = choice(ServiceKind.LAMBDA_FUNCTION, ServiceKind.DYNAMODB_TABLE, "write");

        Connection connection = ConnectionFactory.create(diagram, write, function, table);

        assertEquals("write", connection.properties().text("access"));
        assertEquals(write.spec().type(), connection.type());
    }

    @Test
    void aChoiceWithoutPresetsKeepsTheDefaults() {
        ConnectionChoice trigger = ServiceCatalog.standard().choices(ServiceKind.SQS_QUEUE, ServiceKind.LAMBDA_FUNCTION)
                .get(0);

        Connection connection = ConnectionFactory.create(diagram, trigger, new ServiceId("sqs-1"), function);

        assertEquals(10, connection.properties().integer("batchSize").orElseThrow());
    }

    @Test
    void theConnectionGetsAnIdTheDiagramDoesNotUse() {
        diagram.addService(Service.create(new ServiceId("c1"), ServiceKind.SQS_QUEUE, "q", Point.ORIGIN));
        ConnectionChoice write = choice(ServiceKind.LAMBDA_FUNCTION, ServiceKind.DYNAMODB_TABLE, "write");

        assertEquals(new ConnectionId("c2"), ConnectionFactory.create(diagram, write, function, table).id());
    }

    @Test
    void anApiIntegrationStartsOnTheFirstRouteNoIntegrationServesYet() {
        ServiceId api = new ServiceId("api-1");
        diagram.addService(Service.create(api, ServiceKind.API_GATEWAY, "items-api", Point.ORIGIN)
                .withProperty("routes", List.of("GET /items", "POST /items", "DELETE /items/{id}")));
        diagram.addService(Service.create(function, ServiceKind.LAMBDA_FUNCTION, "list-items", Point.ORIGIN));
        ConnectionChoice integration = ServiceCatalog.standard()
                .choices(ServiceKind.API_GATEWAY, ServiceKind.LAMBDA_FUNCTION).get(0);
        diagram.addConnection(ConnectionFactory.create(diagram, integration, api, function));

        Connection second = ConnectionFactory.create(diagram, integration, api, function);

        assertEquals("GET /items", diagram.connections().get(0).properties().text("route"));
        assertEquals("POST /items", second.properties().text("route"));
    }

    @Test
    void anApiWithoutRoutesLeavesItsIntegrationOnTheDefaultRoute() {
        ServiceId api = new ServiceId("api-1");
        diagram.addService(Service.create(api, ServiceKind.API_GATEWAY, "items-api", Point.ORIGIN)
                .withProperty("routes", List.of()));
        diagram.addService(Service.create(function, ServiceKind.LAMBDA_FUNCTION, "list-items", Point.ORIGIN));
        ConnectionChoice integration = ServiceCatalog.standard()
                .choices(ServiceKind.API_GATEWAY, ServiceKind.LAMBDA_FUNCTION).get(0);

        assertEquals("GET /items", ConnectionFactory.create(diagram, integration, api, function).properties()
                .text("route"));
    }

    private static ConnectionChoice choice(ServiceKind source, ServiceKind target, String access) {
        return ServiceCatalog.standard().choices(source, target).stream()
                .filter(choice -> access.equals(choice.presets().get("access"))).findFirst().orElseThrow();
    }
}
