package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static studio.serverless.model.validation.rules.DiagramFixture.assertFinding;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Severity;

class SqsBatchWindowRuleTest {

    private final DiagramFixture fixture = new DiagramFixture();
    private final ServiceId function = fixture.add(ServiceKind.LAMBDA_FUNCTION, "worker");

    @ParameterizedTest
    @CsvSource({"10, 0", "11, 1", "10000, 300"})
    void standardBatchWithEnoughWindowIsFine(int batchSize, int window) {
        ServiceId queue = fixture.add(ServiceKind.SQS_QUEUE, "jobs");
        fixture.connect(ConnectionType.SQS_EVENT_SOURCE, queue, function, "batchSize", batchSize,
                "maximumBatchingWindow", window);

        assertEquals(List.of(), fixture.check(new SqsBatchWindowRule()));
    }

    @Test
    void batchOverTenWithoutWindowIsAnError() {
        ServiceId queue = fixture.add(ServiceKind.SQS_QUEUE, "jobs");
        ConnectionId source = fixture.connect(ConnectionType.SQS_EVENT_SOURCE, queue, function,
                "batchSize", 100, "maximumBatchingWindow", 0);

        assertFinding(fixture.single(new SqsBatchWindowRule()), "sqs-batch-window", Severity.ERROR,
                List.of(source, queue), "batch size of 100", "at least 1 second");
    }

    @Test
    void fifoQueueIsLeftToTheFifoBatchRule() {
        ServiceId queue = fixture.add(ServiceKind.SQS_QUEUE, "jobs.fifo", "fifo", true);
        fixture.connect(ConnectionType.SQS_EVENT_SOURCE, queue, function, "batchSize", 100,
                "maximumBatchingWindow", 0);

        assertEquals(List.of(), fixture.check(new SqsBatchWindowRule()));
    }
}
