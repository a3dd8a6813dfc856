package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.serverless.model.validation.rules.ArchitectureFixture.assertDiagnostic;
import static studio.serverless.model.validation.rules.ArchitectureFixture.assertMentions;
import static studio.serverless.model.validation.rules.ArchitectureFixture.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;

/** The two rules about Lambda destinations: async-without-failure-destination and its converse. */
class LambdaDestinationsRulesTest {

    private final ArchitectureFixture fixture = new ArchitectureFixture();
    private final ServiceId function = fixture.service(ServiceKind.LAMBDA_FUNCTION, "worker",
            "asyncMaximumRetryAttempts", 2);
    private final ServiceId failures = fixture.service(ServiceKind.SQS_QUEUE, "failures");

    @ParameterizedTest(name = "{0} from a {1}")
    @CsvSource({"S3_NOTIFICATION, S3_BUCKET", "SNS_SUBSCRIPTION, SNS_TOPIC", "EVENTBRIDGE_TARGET, EVENTBRIDGE_RULE"})
    void asynchronouslyInvokedFunctionWithoutOnFailureDestinationIsWarned(ConnectionType type, ServiceKind kind) {
        ConnectionId trigger = fixture.connect(type, fixture.service(kind, "source"), function);

        Diagnostic diagnostic = only(fixture.check(new AsyncWithoutFailureDestinationRule()));

        assertDiagnostic(diagnostic, "async-without-failure-destination", Severity.WARNING, function, trigger);
        assertMentions(diagnostic, "'worker'", "2 retries", "21600 s", type.displayName());
    }

    @Test
    void asynchronouslyInvokedFunctionWithOnFailureDestinationIsFine() {
        fixture.connect(ConnectionType.SNS_SUBSCRIPTION, fixture.service(ServiceKind.SNS_TOPIC, "events"), function);
        fixture.connect(ConnectionType.ON_FAILURE, function, failures);

        assertTrue(fixture.check(new AsyncWithoutFailureDestinationRule()).isEmpty());
        assertTrue(fixture.check(new LambdaDestinationWithoutAsyncRule()).isEmpty());
    }

    @Test
    void asynchronouslyInvokedFunctionWithADeadLetterQueueIsFine() {
        fixture.connect(ConnectionType.S3_NOTIFICATION, fixture.service(ServiceKind.S3_BUCKET, "uploads"), function);
        fixture.connect(ConnectionType.DEAD_LETTER_QUEUE, function, failures);

        assertTrue(fixture.check(new AsyncWithoutFailureDestinationRule()).isEmpty());
    }

    @Test
    void functionInvokedOnlySynchronouslyNeedsNoFailureDestination() {
        fixture.connect(ConnectionType.API_INTEGRATION, fixture.service(ServiceKind.API_GATEWAY, "api"), function);

        assertTrue(fixture.check(new AsyncWithoutFailureDestinationRule()).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(value = ConnectionType.class, names = {"ON_FAILURE", "ON_SUCCESS"})
    void destinationOfAFunctionNothingInvokesAsynchronouslyIsWarned(ConnectionType type) {
        fixture.connect(ConnectionType.SQS_EVENT_SOURCE, fixture.service(ServiceKind.SQS_QUEUE, "jobs"), function);
        ConnectionId destination = fixture.connect(type, function, failures);

        Diagnostic diagnostic = only(fixture.check(new LambdaDestinationWithoutAsyncRule()));

        assertDiagnostic(diagnostic, "lambda-destination-without-async", Severity.WARNING, destination, function,
                failures);
        assertMentions(diagnostic, type.displayName(), "'worker'", "'failures'", "asynchronous");
    }

    @Test
    void onFailureDestinationOfAStreamTriggeredFunctionIsFine() {
        ServiceId stream = fixture.service(ServiceKind.KINESIS_STREAM, "clicks");
        fixture.connect(ConnectionType.KINESIS_STREAM, stream, function);
        fixture.connect(ConnectionType.ON_FAILURE, function, failures);

        assertTrue(fixture.check(new LambdaDestinationWithoutAsyncRule()).isEmpty());
    }
}
