package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.serverless.model.validation.rules.ArchitectureFixture.assertDiagnostic;
import static studio.serverless.model.validation.rules.ArchitectureFixture.assertMentions;
import static studio.serverless.model.validation.rules.ArchitectureFixture.only;

import org.junit.jupiter.api.Test;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;

class SqsTriggerWithoutDeadLetterQueueRuleTest {

    private final ArchitectureFixture fixture = new ArchitectureFixture();
    private final ServiceId queue = fixture.service(ServiceKind.SQS_QUEUE, "jobs", "messageRetentionPeriod", 86400);
    private final ServiceId function = fixture.service(ServiceKind.LAMBDA_FUNCTION, "worker");

    @Test
    void triggeringQueueWithADeadLetterQueueIsFine() {
        fixture.connect(ConnectionType.SQS_EVENT_SOURCE, queue, function);
        ServiceId deadLetters = fixture.service(ServiceKind.SQS_QUEUE, "jobs-dlq");
        fixture.connect(ConnectionType.DEAD_LETTER_QUEUE, queue, deadLetters);

        assertTrue(fixture.check(new SqsTriggerWithoutDeadLetterQueueRule()).isEmpty());
    }

    @Test
    void queueThatTriggersNothingNeedsNoDeadLetterQueue() {
        fixture.connect(ConnectionType.SQS_SEND, function, queue);

        assertTrue(fixture.check(new SqsTriggerWithoutDeadLetterQueueRule()).isEmpty());
    }

    @Test
    void triggeringQueueWithoutDeadLetterQueueIsWarned() {
        ConnectionId trigger = fixture.connect(ConnectionType.SQS_EVENT_SOURCE, queue, function);

        Diagnostic diagnostic = only(fixture.check(new SqsTriggerWithoutDeadLetterQueueRule()));

        assertDiagnostic(diagnostic, "sqs-trigger-without-dlq", Severity.WARNING, queue, trigger);
        assertMentions(diagnostic, "'jobs'", "poison message", "86400 s", "1.0 days");
    }
}
