package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.serverless.model.validation.rules.ArchitectureFixture.assertDiagnostic;
import static studio.serverless.model.validation.rules.ArchitectureFixture.assertMentions;
import static studio.serverless.model.validation.rules.ArchitectureFixture.only;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;

class SqsVisibilityTimeoutRuleTest {

    private final ArchitectureFixture fixture = new ArchitectureFixture();
    private ServiceId queue;
    private ServiceId function;

    private ConnectionId queueTriggeringFunction(int visibilityTimeout, int functionTimeout, int batchingWindow) {
        queue = fixture.service(ServiceKind.SQS_QUEUE, "jobs", "visibilityTimeout", visibilityTimeout);
        function = fixture.service(ServiceKind.LAMBDA_FUNCTION, "worker", "timeout", functionTimeout);
        return fixture.connect(ConnectionType.SQS_EVENT_SOURCE, queue, function,
                "maximumBatchingWindow", batchingWindow);
    }

    @ParameterizedTest(name = "visibility {0} s, timeout {1} s, window {2} s")
    @CsvSource({"30, 5, 0", "18, 3, 0", "60, 10, 0", "65, 10, 5"})
    void visibilityOfAtLeastSixTimesTheTimeoutIsFine(int visibility, int timeout, int window) {
        queueTriggeringFunction(visibility, timeout, window);

        assertTrue(fixture.check(new SqsVisibilityTimeoutRule()).isEmpty());
    }

    @ParameterizedTest(name = "visibility {0} s, timeout {1} s, window {2} s: at least {3} s")
    @CsvSource({"30, 10, 0, 60", "59, 10, 0, 60", "60, 10, 5, 65", "10, 10, 0, 60"})
    void visibilityBetweenOnceAndSixTimesTheTimeoutIsWarned(int visibility, int timeout, int window,
                                                             int recommended) {
        ConnectionId trigger = queueTriggeringFunction(visibility, timeout, window);

        Diagnostic diagnostic = only(fixture.check(new SqsVisibilityTimeoutRule()));

        assertDiagnostic(diagnostic, "sqs-visibility-timeout", Severity.WARNING, queue, trigger, function);
        assertMentions(diagnostic, visibility + " s", timeout + " s", recommended + " s");
    }

    @ParameterizedTest(name = "visibility {0} s, timeout {1} s")
    @CsvSource({"30, 60", "0, 1", "899, 900"})
    void visibilityBelowTheTimeoutIsAnError(int visibility, int timeout) {
        ConnectionId trigger = queueTriggeringFunction(visibility, timeout, 0);

        Diagnostic diagnostic = only(fixture.check(new SqsVisibilityTimeoutRule()));

        assertDiagnostic(diagnostic, "sqs-visibility-timeout", Severity.ERROR, queue, trigger, function);
        assertMentions(diagnostic, "'jobs'", "'worker'", visibility + " s", timeout + " s");
        assertTrue(diagnostic.fix().contains(6 * timeout + " s"), diagnostic.fix());
    }
}
