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

class SqsFifoBatchSizeRuleTest {

    private final DiagramFixture fixture = new DiagramFixture();
    private final ServiceId function = fixture.add(ServiceKind.LAMBDA_FUNCTION, "worker");

    @ParameterizedTest
    @CsvSource({"1", "10"})
    void fifoBatchOfAtMostTenIsFine(int batchSize) {
        ServiceId queue = fixture.add(ServiceKind.SQS_QUEUE, "jobs.fifo", "fifo", true);
        fixture.connect(ConnectionType.SQS_EVENT_SOURCE, queue, function, "batchSize", batchSize);

        assertEquals(List.of(), fixture.check(new SqsFifoBatchSizeRule()));
    }

    @Test
    void fifoBatchOverTenIsAnError() {
        ServiceId queue = fixture.add(ServiceKind.SQS_QUEUE, "jobs.fifo", "fifo", true);
        ConnectionId source = fixture.connect(ConnectionType.SQS_EVENT_SOURCE, queue, function,
                "batchSize", 11, "maximumBatchingWindow", 5);

        assertFinding(fixture.single(new SqsFifoBatchSizeRule()), "sqs-fifo-batch-size", Severity.ERROR,
                List.of(source, queue), "batch size of 11", "at most 10");
    }

    @Test
    void standardBatchOverTenIsNoConcernOfTheFifoRule() {
        ServiceId queue = fixture.add(ServiceKind.SQS_QUEUE, "jobs");
        fixture.connect(ConnectionType.SQS_EVENT_SOURCE, queue, function, "batchSize", 500,
                "maximumBatchingWindow", 5);

        assertEquals(List.of(), fixture.check(new SqsFifoBatchSizeRule()));
    }
}
