package studio.serverless.app.desktop.run.browse.queues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import studio.serverless.app.desktop.run.browse.RunningExample;
import studio.serverless.runner.sqs.engine.PeekedMessage;

/** Peeking at, deleting from, purging and redriving the queue-orders example's queues, checked with the SDK. */
class QueueBrowserViewModelTest {

    private final RunningExample example = new RunningExample("queue-orders");
    private final SqsClient client = example.sqs();
    private final QueueBrowserViewModel browser = new QueueBrowserViewModel(example.cloud().sqs(),
            example.diagram());

    @AfterEach
    void stop() {
        client.close();
        example.close();
    }

    private String url(String queue) {
        return client.getQueueUrl(b -> b.queueName(queue)).queueUrl();
    }

    private List<Message> receive(String queue) {
        return client.receiveMessage(b -> b.queueUrl(url(queue)).maxNumberOfMessages(10).waitTimeSeconds(0)
                .visibilityTimeout(0).messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
    }

    /** Sends a message to orders and lets it fail once, so that it moves to orders-dlq. */
    private void deadLetter(String body) {
        String dlqArn = example.cloud().sqs().queue("orders-dlq").arn();
        client.setQueueAttributes(b -> b.queueUrl(url("orders")).attributes(Map.of(QueueAttributeName.REDRIVE_POLICY,
                "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":1}")));
        client.sendMessage(b -> b.queueUrl(url("orders")).messageBody(body));
        receive("orders");
        assertEquals(List.of(), receive("orders"));
    }

    @Test
    void peekShowsTheMessageAndLeavesItReceivableAsIfNobodyHadLooked() {
        client.sendMessage(b -> b.queueUrl(url("orders")).messageBody("{\"orderId\":\"o-1\"}")
                .messageAttributes(Map.of("source", MessageAttributeValue.builder().dataType("String")
                        .stringValue("web").build())));

        browser.select("orders");

        PeekedMessage peeked = browser.messages().get(0);
        assertEquals("{\"orderId\":\"o-1\"}", peeked.body());
        assertEquals("web", peeked.messageAttributes().get("source").stringValue());
        assertEquals(0, peeked.receiveCount());
        assertTrue(browser.depthProperty().get().startsWith("1 waiting · 0 in flight"), browser.depthProperty().get());
        Message received = receive("orders").get(0);
        assertEquals("1", received.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
    }

    @Test
    void theDepthLineCountsTheDeadLetterQueue() {
        deadLetter("broken");

        browser.select("orders");

        assertEquals("0 waiting · 0 in flight · 0 delayed · DLQ orders-dlq: 1", browser.depthProperty().get());
        assertFalse(browser.deadLetterQueueProperty().get());
    }

    @Test
    void redriveMovesTheDeadLettersBackToTheirSourceQueue() {
        deadLetter("broken");
        browser.select("orders-dlq");
        assertTrue(browser.deadLetterQueueProperty().get());

        browser.redrive();

        assertEquals("Moved 1 message back to the source queue.", browser.statusProperty().get());
        assertEquals(List.of(), browser.messages());
        assertEquals("broken", receive("orders").get(0).body());
    }

    @Test
    void deleteAndPurgeRemoveMessages() {
        client.sendMessage(b -> b.queueUrl(url("orders")).messageBody("one"));
        client.sendMessage(b -> b.queueUrl(url("orders")).messageBody("two"));
        client.sendMessage(b -> b.queueUrl(url("orders")).messageBody("three"));
        browser.select("orders");

        browser.delete(browser.messages().get(0));
        assertEquals(List.of("two", "three"), browser.messages().stream().map(PeekedMessage::body).toList());
        browser.purge();

        assertEquals(List.of(), browser.messages());
        assertEquals(List.of(), receive("orders"));
    }

    @Test
    void aSecondPurgeWithinAMinuteIsExplained() {
        browser.select("orders");
        browser.purge();

        browser.purge();

        assertTrue(browser.statusProperty().get().startsWith("PurgeQueueInProgress: "), browser.statusProperty().get());
    }
}
