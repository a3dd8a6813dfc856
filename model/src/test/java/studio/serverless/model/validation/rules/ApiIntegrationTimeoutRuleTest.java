package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.serverless.model.validation.rules.ArchitectureFixture.assertDiagnostic;
import static studio.serverless.model.validation.rules.ArchitectureFixture.assertMentions;
import static studio.serverless.model.validation.rules.ArchitectureFixture.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;

class ApiIntegrationTimeoutRuleTest {

    private final ArchitectureFixture fixture = new ArchitectureFixture();

    @ParameterizedTest(name = "{0} API, function timeout {1} s")
    @CsvSource({"REST, 29", "HTTP, 30", "HTTP, 3"})
    void functionThatFinishesWithinTheApiLimitIsFine(String apiType, int timeout) {
        ServiceId api = fixture.service(ServiceKind.API_GATEWAY, "api", "apiType", apiType);
        ServiceId function = fixture.service(ServiceKind.LAMBDA_FUNCTION, "handler", "timeout", timeout);
        fixture.connect(ConnectionType.API_INTEGRATION, api, function);

        assertTrue(fixture.check(new ApiIntegrationTimeoutRule()).isEmpty());
    }

    @ParameterizedTest(name = "{0} API waits {2} s, function timeout {1} s")
    @CsvSource({"REST, 30, 29", "HTTP, 31, 30", "REST, 900, 29"})
    void functionThatMayOutliveTheApiLimitIsWarned(String apiType, int timeout, int limit) {
        ServiceId api = fixture.service(ServiceKind.API_GATEWAY, "api", "apiType", apiType);
        ServiceId function = fixture.service(ServiceKind.LAMBDA_FUNCTION, "handler", "timeout", timeout);
        ConnectionId integration = fixture.connect(ConnectionType.API_INTEGRATION, api, function);

        Diagnostic diagnostic = only(fixture.check(new ApiIntegrationTimeoutRule()));

        assertDiagnostic(diagnostic, "api-integration-timeout", Severity.WARNING, integration, api, function);
        assertMentions(diagnostic, timeout + " s", limit + " s", apiType + " API", "504");
    }

    @Test
    void stateMachineBehindARouteIsNotThisRulesConcern() {
        ServiceId api = fixture.service(ServiceKind.API_GATEWAY, "api", "apiType", "REST");
        ServiceId machine = fixture.service(ServiceKind.STEP_FUNCTIONS, "workflow");
        fixture.connect(ConnectionType.API_INTEGRATION, api, machine);

        assertTrue(fixture.check(new ApiIntegrationTimeoutRule()).isEmpty());
    }
}
