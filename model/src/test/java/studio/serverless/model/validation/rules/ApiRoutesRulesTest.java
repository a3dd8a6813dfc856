package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.serverless.model.validation.rules.ArchitectureFixture.assertDiagnostic;
import static studio.serverless.model.validation.rules.ArchitectureFixture.assertMentions;
import static studio.serverless.model.validation.rules.ArchitectureFixture.only;

import java.util.List;

import org.junit.jupiter.api.Test;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;

/** The three rules that match an API's routes with its integrations. */
class ApiRoutesRulesTest {

    private final ArchitectureFixture fixture = new ArchitectureFixture();
    private final ServiceId api = fixture.service(ServiceKind.API_GATEWAY, "shop-api",
            "routes", List.of("GET /items", "POST /orders"));
    private final ServiceId list = fixture.service(ServiceKind.LAMBDA_FUNCTION, "list-items");
    private final ServiceId order = fixture.service(ServiceKind.LAMBDA_FUNCTION, "place-order");

    private ConnectionId integrate(ServiceId target, String route) {
        return fixture.connect(ConnectionType.API_INTEGRATION, api, target, "route", route);
    }

    @Test
    void apiWhoseRoutesAreEachIntegratedOnceIsFine() {
        integrate(list, "GET /items");
        integrate(order, "POST /orders");

        assertTrue(fixture.check(new ApiRouteWithoutIntegrationRule()).isEmpty());
        assertTrue(fixture.check(new ApiIntegrationUnknownRouteRule()).isEmpty());
        assertTrue(fixture.check(new ApiRouteIntegratedTwiceRule()).isEmpty());
    }

    @Test
    void routeWithoutIntegrationIsAnError() {
        integrate(list, "GET /items");

        Diagnostic diagnostic = only(fixture.check(new ApiRouteWithoutIntegrationRule()));

        assertDiagnostic(diagnostic, "api-route-without-integration", Severity.ERROR, api);
        assertMentions(diagnostic, "POST /orders", "'shop-api'");
    }

    @Test
    void everyRouteWithoutIntegrationIsReportedOnItsOwn() {
        assertEquals(2, fixture.check(new ApiRouteWithoutIntegrationRule()).size());
    }

    @Test
    void integrationOfARouteTheApiDoesNotHaveIsAnError() {
        integrate(list, "GET /items");
        integrate(order, "POST /orders");
        ConnectionId stray = integrate(order, "DELETE /orders/{id}");

        Diagnostic diagnostic = only(fixture.check(new ApiIntegrationUnknownRouteRule()));

        assertDiagnostic(diagnostic, "api-integration-unknown-route", Severity.ERROR, stray, api, order);
        assertMentions(diagnostic, "DELETE /orders/{id}", "GET /items, POST /orders");
    }

    @Test
    void twoIntegrationsOfOneRouteAreAnError() {
        ConnectionId first = integrate(list, "GET /items");
        ConnectionId second = integrate(order, "GET /items");
        integrate(order, "POST /orders");

        Diagnostic diagnostic = only(fixture.check(new ApiRouteIntegratedTwiceRule()));

        assertDiagnostic(diagnostic, "api-route-integrated-twice", Severity.ERROR, api, first, second);
        assertMentions(diagnostic, "GET /items", "2 integrations", "'list-items'", "'place-order'");
    }
}
