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

class DeadLetterQueueCycleRuleTest {

    private final ArchitectureFixture fixture = new ArchitectureFixture();
    private final ServiceId jobs = fixture.service(ServiceKind.SQS_QUEUE, "jobs");

    @Test
    void queueWithOneSeparateDeadLetterQueueIsFine() {
        fixture.connect(ConnectionType.DEAD_LETTER_QUEUE, jobs, fixture.service(ServiceKind.SQS_QUEUE, "jobs-dlq"));

        assertTrue(fixture.check(new DeadLetterQueueCycleRule()).isEmpty());
    }

    @Test
    void queueThatIsItsOwnDeadLetterQueueIsAnError() {
        ConnectionId redrive = fixture.connect(ConnectionType.DEAD_LETTER_QUEUE, jobs, jobs);

        Diagnostic diagnostic = only(fixture.check(new DeadLetterQueueCycleRule()));

        assertDiagnostic(diagnostic, "dead-letter-queue-cycle", Severity.ERROR, jobs, redrive);
        assertMentions(diagnostic, "'jobs'", "its own dead-letter queue");
    }

    @Test
    void queueWithTwoDeadLetterQueuesIsAnError() {
        ConnectionId first = fixture.connect(ConnectionType.DEAD_LETTER_QUEUE, jobs,
                fixture.service(ServiceKind.SQS_QUEUE, "dlq-a"));
        ConnectionId second = fixture.connect(ConnectionType.DEAD_LETTER_QUEUE, jobs,
                fixture.service(ServiceKind.SQS_QUEUE, "dlq-b"));

        Diagnostic diagnostic = only(fixture.check(new DeadLetterQueueCycleRule()));

        assertDiagnostic(diagnostic, "dead-letter-queue-cycle", Severity.ERROR, jobs, first, second);
        assertMentions(diagnostic, "2 dead-letter queues", "'dlq-a'", "'dlq-b'");
    }

    @Test
    void queueThatIsItsOwnDeadLetterQueueIsNotAlsoReportedAsARecursiveLoop() {
        fixture.connect(ConnectionType.DEAD_LETTER_QUEUE, jobs, jobs);

        assertTrue(fixture.check(new RecursiveLoopRule()).isEmpty());
    }
}
