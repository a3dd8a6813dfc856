package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static studio.serverless.model.validation.rules.DiagramFixture.assertFinding;

import java.util.List;

import org.junit.jupiter.api.Test;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Severity;

class SnsFifoSubscriberRuleTest {

    private final DiagramFixture fixture = new DiagramFixture();
    private final SnsFifoSubscriberRule rule = new SnsFifoSubscriberRule();

    @Test
    void fifoTopicDeliveringToFifoQueueIsFine() {
        ServiceId topic = fixture.add(ServiceKind.SNS_TOPIC, "orders.fifo", "fifo", true);
        ServiceId queue = fixture.add(ServiceKind.SQS_QUEUE, "billing.fifo", "fifo", true);
        fixture.connect(ConnectionType.SNS_SUBSCRIPTION, topic, queue);

        assertEquals(List.of(), fixture.check(rule));
    }

    @Test
    void standardTopicInvokingFunctionIsFine() {
        ServiceId topic = fixture.add(ServiceKind.SNS_TOPIC, "orders");
        ServiceId function = fixture.add(ServiceKind.LAMBDA_FUNCTION, "notify");
        fixture.connect(ConnectionType.SNS_SUBSCRIPTION, topic, function);

        assertEquals(List.of(), fixture.check(rule));
    }

    @Test
    void fifoTopicInvokingFunctionIsAnError() {
        ServiceId topic = fixture.add(ServiceKind.SNS_TOPIC, "orders.fifo", "fifo", true);
        ServiceId function = fixture.add(ServiceKind.LAMBDA_FUNCTION, "notify");
        ConnectionId subscription = fixture.connect(ConnectionType.SNS_SUBSCRIPTION, topic, function);

        assertFinding(fixture.single(rule), "sns-fifo-subscriber", Severity.ERROR,
                List.of(subscription, topic, function), "'orders.fifo'", "'notify'", "only to SQS queues");
    }
}
