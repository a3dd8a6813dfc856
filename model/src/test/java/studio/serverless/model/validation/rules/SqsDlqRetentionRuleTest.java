package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static studio.serverless.model.validation.rules.DiagramFixture.assertFinding;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Severity;

class SqsDlqRetentionRuleTest {

    private final DiagramFixture fixture = new DiagramFixture();
    private final SqsDlqRetentionRule rule = new SqsDlqRetentionRule();

    @Test
    void deadLetterQueueKeepingMessagesLongerIsFine() {
        ServiceId queue = fixture.add(ServiceKind.SQS_QUEUE, "jobs", "messageRetentionPeriod", 345600);
        ServiceId deadLetters = fixture.add(ServiceKind.SQS_QUEUE, "jobs-dlq", "messageRetentionPeriod", 1209600);
        fixture.connect(ConnectionType.DEAD_LETTER_QUEUE, queue, deadLetters);

        assertEquals(List.of(), fixture.check(rule));
    }

    @ParameterizedTest
    @ValueSource(ints = {345600, 60})
    void deadLetterQueueKeepingMessagesNoLongerIsWarned(int deadLetterRetention) {
        ServiceId queue = fixture.add(ServiceKind.SQS_QUEUE, "jobs", "messageRetentionPeriod", 345600);
        ServiceId deadLetters = fixture.add(ServiceKind.SQS_QUEUE, "jobs-dlq",
                "messageRetentionPeriod", deadLetterRetention);
        ConnectionId redrive = fixture.connect(ConnectionType.DEAD_LETTER_QUEUE, queue, deadLetters);

        assertFinding(fixture.single(rule), "sqs-dlq-retention", Severity.WARNING,
                List.of(redrive, deadLetters, queue), deadLetterRetention + " s", "345600 s", "original queue");
    }

    @Test
    void fifoQueuesAreNotWarnedBecauseTheirAgeResets() {
        ServiceId queue = fixture.add(ServiceKind.SQS_QUEUE, "jobs.fifo", "fifo", true);
        ServiceId deadLetters = fixture.add(ServiceKind.SQS_QUEUE, "jobs-dlq.fifo", "fifo", true);
        fixture.connect(ConnectionType.DEAD_LETTER_QUEUE, queue, deadLetters);

        assertEquals(List.of(), fixture.check(rule));
    }

    @Test
    void aFunctionsDeadLetterQueueHasNoRetentionToCompare() {
        ServiceId function = fixture.add(ServiceKind.LAMBDA_FUNCTION, "worker", "timeout", 3);
        ServiceId deadLetters = fixture.add(ServiceKind.SQS_QUEUE, "worker-dlq", "messageRetentionPeriod", 60);
        fixture.connect(ConnectionType.DEAD_LETTER_QUEUE, function, deadLetters);

        assertEquals(List.of(), fixture.check(rule));
        assertEquals(List.of(), fixture.check(new SqsDlqFifoMatchRule()));
    }
}
