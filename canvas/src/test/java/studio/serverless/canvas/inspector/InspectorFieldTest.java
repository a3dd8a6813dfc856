package studio.serverless.canvas.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.PropertySpec;
import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.ServiceId;

class InspectorFieldTest {

    private final ServiceCatalog catalog = ServiceCatalog.standard();

    @Test
    void theRoutesFieldSaysHowToTypeSeveralRoutes() {
        PropertySpec routes = catalog.service(ServiceKind.API_GATEWAY).properties().stream()
                .filter(property -> property.name().equals("routes")).findFirst().orElseThrow();

        InspectorField field = new InspectorField(new ServiceId("api-1"), routes, List.of("GET /items", "POST /items"));

        assertEquals("GET /items, POST /items", field.text());
        assertTrue(field.help().endsWith(" Allowed: a comma-separated list."), field.help());
    }

    @Test
    void aListWithChoicesNamesThemInItsHelp() {
        PropertySpec events = catalog.connection(ConnectionType.S3_NOTIFICATION, ServiceKind.S3_BUCKET,
                ServiceKind.LAMBDA_FUNCTION).orElseThrow().property("events").orElseThrow();

        InspectorField field = new InspectorField(new ServiceId("s3-1"), events, List.of("s3:ObjectCreated:*"));

        assertTrue(field.help().contains(" Allowed: a comma-separated list of s3:ObjectCreated:*, "), field.help());
    }
}
