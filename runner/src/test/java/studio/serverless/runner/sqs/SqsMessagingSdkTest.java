package studio.serverless.runner.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiptHandleIsInvalidException;
import software.amazon.awssdk.services.sqs.model.SendMessageResponse;
import software.amazon.awssdk.services.sqs.model.SqsException;

/** Sending, receiving, deleting and visibility through the real AWS SDK for Java v2 (which checks the MD5s). */
class SqsMessagingSdkTest {

    private static final SqsTestCloud CLOUD = new SqsTestCloud();

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    private static List<Message> receive(String url, int max) {
        return CLOUD.sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(max)
                .messageAttributeNames("All").messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
    }

    @Test
    void sentMessageIsReceivedWithItsBodyAndAttributes() {
        String url = CLOUD.newQueue();
        CLOUD.sqs.sendMessage(b -> b.queueUrl(url).messageBody("héllo <world> & \"friends\"").messageAttributes(Map.of(
                "colour", MessageAttributeValue.builder().dataType("String").stringValue("blue").build(),
                "count", MessageAttributeValue.builder().dataType("Number.int").stringValue("42").build(),
                "blob", MessageAttributeValue.builder().dataType("Binary")
                        .binaryValue(SdkBytes.fromUtf8String("bytes")).build())));

        Message message = receive(url, 1).get(0);

        assertEquals("héllo <world> & \"friends\"", message.body());
        assertEquals("42", message.messageAttributes().get("count").stringValue());
        assertEquals("bytes", message.messageAttributes().get("blob").binaryValue().asUtf8String());
        assertEquals("AKIDTEST", message.attributes().get(MessageSystemAttributeName.SENDER_ID));
        assertEquals("1", message.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
    }

    @Test
    void sendAnswersWithTheBodyDigestAwsComputes() {
        String url = CLOUD.newQueue();

        SendMessageResponse sent = CLOUD.sqs.sendMessage(b -> b.queueUrl(url).messageBody("hello"));

        assertEquals("5d41402abc4b2a76b9719d911017c592", sent.md5OfMessageBody());
    }

    @Test
    void onlyTheRequestedMessageAttributesAreReturned() {
        String url = CLOUD.newQueue();
        CLOUD.sqs.sendMessage(b -> b.queueUrl(url).messageBody("x").messageAttributes(Map.of(
                "order.id", MessageAttributeValue.builder().dataType("String").stringValue("1").build(),
                "other", MessageAttributeValue.builder().dataType("String").stringValue("2").build())));

        Message message = CLOUD.sqs.receiveMessage(b -> b.queueUrl(url).messageAttributeNames("order.*"))
                .messages().get(0);

        assertEquals(List.of("order.id"), List.copyOf(message.messageAttributes().keySet()));
    }

    @Test
    void receivedMessageIsHiddenUntilItsVisibilityTimeoutEnds() {
        String url = CLOUD.newQueue();
        CLOUD.sqs.sendMessage(b -> b.queueUrl(url).messageBody("once"));
        receive(url, 1);

        assertTrue(receive(url, 1).isEmpty());
        CLOUD.clock.advance(Duration.ofSeconds(31));

        Message again = receive(url, 1).get(0);
        assertEquals("2", again.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
    }

    @Test
    void deletedMessageNeverComesBack() {
        String url = CLOUD.newQueue();
        CLOUD.sqs.sendMessage(b -> b.queueUrl(url).messageBody("gone"));
        Message message = receive(url, 1).get(0);

        CLOUD.sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(message.receiptHandle()));
        CLOUD.clock.advance(Duration.ofMinutes(5));

        assertTrue(receive(url, 10).isEmpty());
    }

    @Test
    void changingVisibilityToZeroMakesTheMessageAvailableAtOnce() {
        String url = CLOUD.newQueue();
        CLOUD.sqs.sendMessage(b -> b.queueUrl(url).messageBody("back"));
        Message message = receive(url, 1).get(0);

        CLOUD.sqs.changeMessageVisibility(b -> b.queueUrl(url).receiptHandle(message.receiptHandle())
                .visibilityTimeout(0));

        assertEquals("back", receive(url, 1).get(0).body());
    }

    @Test
    void aReceiptHandleThatWasNeverIssuedIsInvalid() {
        String url = CLOUD.newQueue();

        assertThrows(ReceiptHandleIsInvalidException.class,
                () -> CLOUD.sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle("forged")));
    }

    @Test
    void delayedMessageAppearsOnlyAfterItsDelay() {
        String url = CLOUD.newQueue();
        CLOUD.sqs.sendMessage(b -> b.queueUrl(url).messageBody("later").delaySeconds(10));

        assertTrue(receive(url, 1).isEmpty());
        assertEquals("1", CLOUD.sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED)).attributesAsStrings()
                .get("ApproximateNumberOfMessagesDelayed"));
        CLOUD.clock.advance(Duration.ofSeconds(10));

        assertEquals("later", receive(url, 1).get(0).body());
    }

    @Test
    void queueDelayAppliesToMessagesWithoutTheirOwn() {
        String url = CLOUD.newQueue();
        CLOUD.sqs.setQueueAttributes(b -> b.queueUrl(url).attributes(Map.of(QueueAttributeName.DELAY_SECONDS, "60")));
        CLOUD.sqs.sendMessage(b -> b.queueUrl(url).messageBody("queued"));

        assertTrue(receive(url, 1).isEmpty());
        CLOUD.clock.advance(Duration.ofSeconds(60));

        assertEquals(1, receive(url, 1).size());
    }

    @Test
    void batchesSendAndDeleteEveryEntry() {
        String url = CLOUD.newQueue();
        CLOUD.sqs.sendMessageBatch(b -> b.queueUrl(url).entries(
                e -> e.id("a").messageBody("1"), e -> e.id("b").messageBody("2"), e -> e.id("c").messageBody("3")));
        List<Message> messages = receive(url, 10);

        var deleted = CLOUD.sqs.deleteMessageBatch(b -> b.queueUrl(url).entries(messages.stream()
                .map(m -> software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry.builder()
                        .id("m" + m.body()).receiptHandle(m.receiptHandle()).build()).toList()));

        assertEquals(3, messages.size());
        assertEquals(3, deleted.successful().size());
    }

    @Test
    void aBadEntryFailsAloneInABatch() {
        String url = CLOUD.newQueue();

        var result = CLOUD.sqs.sendMessageBatch(b -> b.queueUrl(url).entries(
                e -> e.id("good").messageBody("fine"), e -> e.id("bad").messageBody("x").delaySeconds(901)));

        assertEquals(List.of("good"), result.successful().stream().map(s -> s.id()).toList());
        assertEquals("InvalidParameterValue", result.failed().get(0).code());
    }

    @Test
    void changeVisibilityBatchReportsEachEntry() {
        String url = CLOUD.newQueue();
        CLOUD.sqs.sendMessage(b -> b.queueUrl(url).messageBody("v"));
        Message message = receive(url, 1).get(0);

        var result = CLOUD.sqs.changeMessageVisibilityBatch(b -> b.queueUrl(url).entries(
                e -> e.id("ok").receiptHandle(message.receiptHandle()).visibilityTimeout(100)));

        assertEquals(1, result.successful().size());
        CLOUD.clock.advance(Duration.ofSeconds(99));
        assertTrue(receive(url, 1).isEmpty());
    }

    @Test
    void duplicateBatchIdsAreRejected() {
        String url = CLOUD.newQueue();

        SqsException error = assertThrows(SqsException.class, () -> CLOUD.sqs.sendMessageBatch(b -> b.queueUrl(url)
                .entries(e -> e.id("same").messageBody("1"), e -> e.id("same").messageBody("2"))));

        assertEquals("AWS.SimpleQueueService.BatchEntryIdsNotDistinct", error.awsErrorDetails().errorCode());
    }

    @Test
    void moreThanTenBatchEntriesAreRejected() {
        String url = CLOUD.newQueue();
        var entries = java.util.stream.IntStream.range(0, 11).mapToObj(i -> software.amazon.awssdk.services.sqs.model
                .SendMessageBatchRequestEntry.builder().id("e" + i).messageBody("b").build()).toList();

        assertThrows(software.amazon.awssdk.services.sqs.model.TooManyEntriesInBatchRequestException.class,
                () -> CLOUD.sqs.sendMessageBatch(b -> b.queueUrl(url).entries(entries)));
    }

    @Test
    void aBodyOverTheMaximumSizeIsRejected() {
        String url = CLOUD.newQueue();
        CLOUD.sqs.setQueueAttributes(b -> b.queueUrl(url).attributes(
                Map.of(QueueAttributeName.MAXIMUM_MESSAGE_SIZE, "1024")));

        SqsException error = assertThrows(SqsException.class,
                () -> CLOUD.sqs.sendMessage(b -> b.queueUrl(url).messageBody("x".repeat(1025))));

        assertEquals("InvalidParameterValue", error.awsErrorDetails().errorCode());
    }

    @Test
    void purgeRemovesEveryMessage() {
        String url = CLOUD.newQueue();
        CLOUD.sqs.sendMessage(b -> b.queueUrl(url).messageBody("1"));
        CLOUD.sqs.sendMessage(b -> b.queueUrl(url).messageBody("2"));

        CLOUD.sqs.purgeQueue(b -> b.queueUrl(url));

        assertTrue(receive(url, 10).isEmpty());
    }

    @Test
    void messagesPastTheRetentionPeriodAreDropped() {
        String url = CLOUD.newQueue();
        CLOUD.sqs.setQueueAttributes(b -> b.queueUrl(url).attributes(
                Map.of(QueueAttributeName.MESSAGE_RETENTION_PERIOD, "60")));
        CLOUD.sqs.sendMessage(b -> b.queueUrl(url).messageBody("old"));

        CLOUD.clock.advance(Duration.ofSeconds(61));

        assertTrue(receive(url, 1).isEmpty());
    }

    @Test
    void maxNumberOfMessagesOutOfRangeIsRejected() {
        String url = CLOUD.newQueue();

        SqsException error = assertThrows(SqsException.class,
                () -> CLOUD.sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(11)));

        assertEquals("InvalidParameterValue", error.awsErrorDetails().errorCode());
    }
}
