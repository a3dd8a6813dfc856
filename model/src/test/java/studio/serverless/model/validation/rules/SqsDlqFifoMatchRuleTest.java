package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static studio.serverless.model.validation.rules.DiagramFixture.assertFinding;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Severity;

class SqsDlqFifoMatchRuleTest {

    private final DiagramFixture fixture = new DiagramFixture();
    private final SqsDlqFifoMatchRule rule = new SqsDlqFifoMatchRule();

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void queuesOfTheSameTypeAreFine(boolean fifo) {
        ServiceId queue = fixture.add(ServiceKind.SQS_QUEUE, "jobs", "fifo", fifo);
        ServiceId deadLetters = fixture.add(ServiceKind.SQS_QUEUE, "jobs-dlq", "fifo", fifo);
        fixture.connect(ConnectionType.DEAD_LETTER_QUEUE, queue, deadLetters);

        assertEquals(List.of(), fixture.check(rule));
    }

    @ParameterizedTest
    @CsvSource({"true, false, is FIFO, is standard", "false, true, is standard, is FIFO"})
    void queuesOfDifferentTypesAreAnError(boolean queueFifo, boolean deadLetterFifo, String queueWord,
                                          String deadLetterWord) {
        ServiceId queue = fixture.add(ServiceKind.SQS_QUEUE, "jobs", "fifo", queueFifo);
        ServiceId deadLetters = fixture.add(ServiceKind.SQS_QUEUE, "jobs-dlq", "fifo", deadLetterFifo);
        ConnectionId redrive = fixture.connect(ConnectionType.DEAD_LETTER_QUEUE, queue, deadLetters);

        assertFinding(fixture.single(rule), "sqs-dlq-fifo-match", Severity.ERROR,
                List.of(redrive, queue, deadLetters), "'jobs' " + queueWord, "'jobs-dlq' " + deadLetterWord);
    }
}
