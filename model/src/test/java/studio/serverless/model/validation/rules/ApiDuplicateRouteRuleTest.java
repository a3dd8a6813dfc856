package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static studio.serverless.model.validation.rules.DiagramFixture.assertFinding;

import java.util.List;

import org.junit.jupiter.api.Test;

import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Severity;

class ApiDuplicateRouteRuleTest {

    private final DiagramFixture fixture = new DiagramFixture();
    private final ApiDuplicateRouteRule rule = new ApiDuplicateRouteRule();

    @Test
    void distinctRoutesAreFine() {
        fixture.add(ServiceKind.API_GATEWAY, "shop", "routes", List.of("GET /items", "POST /items", "ANY /items"));

        assertEquals(List.of(), fixture.check(rule));
    }

    @Test
    void sameRouteInTwoApisIsFine() {
        fixture.add(ServiceKind.API_GATEWAY, "shop", "routes", List.of("GET /items"));
        fixture.add(ServiceKind.API_GATEWAY, "admin", "routes", List.of("GET /items"));

        assertEquals(List.of(), fixture.check(rule));
    }

    @Test
    void routeListedTwiceIsOneError() {
        ServiceId api = fixture.add(ServiceKind.API_GATEWAY, "shop", "routes",
                List.of("GET /items", "POST /items", "GET /items", "GET /items"));

        assertFinding(fixture.single(rule), "api-duplicate-route", Severity.ERROR, List.of(api), "'GET /items'",
                "more than once");
    }
}
