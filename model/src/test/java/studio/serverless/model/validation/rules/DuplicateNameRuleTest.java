package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.serverless.model.validation.rules.ArchitectureFixture.assertDiagnostic;
import static studio.serverless.model.validation.rules.ArchitectureFixture.assertMentions;
import static studio.serverless.model.validation.rules.ArchitectureFixture.only;

import org.junit.jupiter.api.Test;

import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;

class DuplicateNameRuleTest {

    private final ArchitectureFixture fixture = new ArchitectureFixture();

    @Test
    void servicesOfDifferentKindsMayShareAName() {
        fixture.service(ServiceKind.LAMBDA_FUNCTION, new ServiceId("f"), "orders");
        fixture.service(ServiceKind.SQS_QUEUE, new ServiceId("q"), "orders");
        fixture.service(ServiceKind.DYNAMODB_TABLE, new ServiceId("t"), "orders");

        assertTrue(fixture.check(new DuplicateNameRule()).isEmpty());
    }

    @Test
    void twoFunctionsWithOneNameAreAnErrorNamingBoth() {
        ServiceId first = fixture.service(ServiceKind.LAMBDA_FUNCTION, new ServiceId("lambda-1"), "worker");
        ServiceId second = fixture.service(ServiceKind.LAMBDA_FUNCTION, new ServiceId("lambda-2"), "worker");

        Diagnostic diagnostic = only(fixture.check(new DuplicateNameRule()));

        assertDiagnostic(diagnostic, "duplicate-name", Severity.ERROR, first, second);
        assertMentions(diagnostic, "'worker'", "lambda-1", "lambda-2", "Lambda function");
    }

    @Test
    void threeQueuesWithOneNameAreOneDiagnostic() {
        ServiceId a = fixture.service(ServiceKind.SQS_QUEUE, new ServiceId("a"), "jobs");
        ServiceId b = fixture.service(ServiceKind.SQS_QUEUE, new ServiceId("b"), "jobs");
        ServiceId c = fixture.service(ServiceKind.SQS_QUEUE, new ServiceId("c"), "jobs");

        Diagnostic diagnostic = only(fixture.check(new DuplicateNameRule()));

        assertDiagnostic(diagnostic, "duplicate-name", Severity.ERROR, a, b, c);
        assertMentions(diagnostic, "3 SQS queues");
    }
}
