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
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;

class LambdaUntriggeredRuleTest {

    private final ArchitectureFixture fixture = new ArchitectureFixture();

    @ParameterizedTest(name = "{0} from a {1}")
    @CsvSource({"SQS_EVENT_SOURCE, SQS_QUEUE", "API_INTEGRATION, API_GATEWAY", "LAMBDA_INVOKE, STEP_FUNCTIONS",
            "ON_FAILURE, LAMBDA_FUNCTION", "ON_SUCCESS, LAMBDA_FUNCTION", "EVENTBRIDGE_TARGET, EVENTBRIDGE_RULE"})
    void functionInvokedBySomethingIsFine(ConnectionType type, ServiceKind invokerKind) {
        ServiceId function = fixture.service(ServiceKind.LAMBDA_FUNCTION, "worker");
        ServiceId invoker = fixture.service(invokerKind, "invoker");
        fixture.connect(type, invoker, function);

        assertTrue(fixture.check(new LambdaUntriggeredRule()).stream()
                .noneMatch(diagnostic -> diagnostic.concerns(function)));
    }

    @Test
    void functionThatOnlyWritesSomewhereIsWarnedThatNothingInvokesIt() {
        ServiceId function = fixture.service(ServiceKind.LAMBDA_FUNCTION, "worker");
        ServiceId table = fixture.service(ServiceKind.DYNAMODB_TABLE, "orders");
        fixture.connect(ConnectionType.DYNAMODB_ACCESS, function, table);

        Diagnostic diagnostic = only(fixture.check(new LambdaUntriggeredRule()));

        assertDiagnostic(diagnostic, "lambda-untriggered", Severity.WARNING, function);
        assertMentions(diagnostic, "'worker'", "only run if called directly");
    }
}
