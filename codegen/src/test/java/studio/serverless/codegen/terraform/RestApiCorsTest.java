package studio.serverless.codegen.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/** A REST API answers browsers' CORS preflights exactly when its {@code cors} setting is on, once per path. */
class RestApiCorsTest {

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void eachPathGetsAPreflightOnlyWhenCorsIsOn(boolean cors) {
        Diagram diagram = new Diagram();
        Service api = Service.create(new ServiceId("api-1"), ServiceKind.API_GATEWAY, "shop", Point.ORIGIN)
                .withProperty("apiType", "REST").withProperty("cors", cors);
        Service function = Service.create(new ServiceId("lambda-1"), ServiceKind.LAMBDA_FUNCTION, "items",
                Point.ORIGIN);
        diagram.addService(api);
        diagram.addService(function);
        int number = 0;
        for (String route : new String[] {"GET /items", "POST /items", "GET /items/{id}"}) {
            diagram.addConnection(new Connection(new ConnectionId("c" + ++number), ConnectionType.API_INTEGRATION,
                    api.id(), function.id(), PropertyValues.empty().with("route", route)));
        }

        String apis = TerraformConfigurationTest.generate(diagram).text("terraform/apis.tf").orElseThrow();

        assertEquals(cors ? 2 : 0, apis.split("\"options\" = \\{", -1).length - 1, apis);
        assertEquals(cors ? 2 : 0, apis.split("\"type\" += \"mock\"", -1).length - 1, apis);
    }
}
