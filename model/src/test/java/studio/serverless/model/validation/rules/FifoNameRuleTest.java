package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.serverless.model.validation.rules.DiagramFixture.assertFinding;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;

class FifoNameRuleTest {

    private final DiagramFixture fixture = new DiagramFixture();

    @ParameterizedTest
    @CsvSource({"SQS_QUEUE, orders.fifo, true", "SQS_QUEUE, orders, false",
            "SNS_TOPIC, events.fifo, true", "SNS_TOPIC, events, false"})
    void nameMatchingTheQueueTypeIsFine(ServiceKind kind, String name, boolean fifo) {
        fixture.add(kind, name, "fifo", fifo);

        assertEquals(List.of(), fixture.check(new FifoNameRule(kind)));
    }

    @ParameterizedTest
    @CsvSource({"SQS_QUEUE, sqs-fifo-name", "SNS_TOPIC, sns-fifo-name"})
    void fifoWithoutSuffixIsAnError(ServiceKind kind, String ruleId) {
        ServiceId service = fixture.add(kind, "orders", "fifo", true);

        Diagnostic diagnostic = fixture.single(new FifoNameRule(kind));

        assertFinding(diagnostic, ruleId, Severity.ERROR, List.of(service), "is FIFO", "end in .fifo");
        assertTrue(diagnostic.fix().contains("orders.fifo"), diagnostic.fix());
    }

    @ParameterizedTest
    @CsvSource({"SQS_QUEUE, sqs-fifo-name", "SNS_TOPIC, sns-fifo-name"})
    void standardWithSuffixIsAnError(ServiceKind kind, String ruleId) {
        ServiceId service = fixture.add(kind, "orders.fifo", "fifo", false);

        Diagnostic diagnostic = fixture.single(new FifoNameRule(kind));

        assertFinding(diagnostic, ruleId, Severity.ERROR, List.of(service), "is standard", "ends in .fifo");
        assertTrue(diagnostic.fix().contains("rename it to orders."), diagnostic.fix());
    }

    @Test
    void onlyQueuesAndTopicsCanBeFifo() {
        assertThrows(IllegalArgumentException.class, () -> new FifoNameRule(ServiceKind.KINESIS_STREAM));
    }
}
