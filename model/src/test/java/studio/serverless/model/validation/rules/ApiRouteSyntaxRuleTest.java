package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static studio.serverless.model.validation.rules.DiagramFixture.assertFinding;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Severity;

class ApiRouteSyntaxRuleTest {

    private final DiagramFixture fixture = new DiagramFixture();
    private final ApiRouteSyntaxRule rule = new ApiRouteSyntaxRule();

    @ParameterizedTest
    @ValueSource(strings = {"GET /", "GET /items", "POST /orders/{orderId}", "ANY /{proxy+}",
            "DELETE /items/{id}/tags/{tag}", "OPTIONS /v1.2/health_check"})
    void methodAndPathIsFine(String route) {
        fixture.add(ServiceKind.API_GATEWAY, "shop", "routes", List.of(route));

        assertEquals(List.of(), fixture.check(rule));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/items", "get /items", "FETCH /items", "GET items", "GET  /items", "GET /items/",
            "GET /items/{id", "GET /a b", ""})
    void routeThatIsNotMethodAndPathIsAnError(String route) {
        ServiceId api = fixture.add(ServiceKind.API_GATEWAY, "shop", "routes", List.of("GET /items", route));

        assertFinding(fixture.single(rule), "api-route-syntax", Severity.ERROR, List.of(api),
                "'" + route + "'", "HTTP method");
    }

    @Test
    void everyBadRouteIsReported() {
        fixture.add(ServiceKind.API_GATEWAY, "shop", "routes", List.of("items", "GET /ok", "orders"));

        assertEquals(2, fixture.check(rule).size());
    }
}
