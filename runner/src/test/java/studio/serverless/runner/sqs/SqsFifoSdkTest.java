package studio.serverless.runner.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageResponse;
import software.amazon.awssdk.services.sqs.model.SqsException;

/** FIFO queues through the real AWS SDK for Java v2: group order, group blocking, deduplication. */
class SqsFifoSdkTest {

    private static final SqsTestCloud CLOUD = new SqsTestCloud();

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    private static SendMessageResponse send(String url, String group, String body) {
        return CLOUD.sqs.sendMessage(b -> b.queueUrl(url).messageGroupId(group).messageBody(body));
    }

    private static List<String> receiveBodies(String url, int max) {
        return CLOUD.sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(max)).messages().stream()
                .map(Message::body).toList();
    }

    @Test
    void messagesOfAGroupArriveInSendOrder() {
        String url = CLOUD.newFifoQueue(true);
        for (int i = 1; i <= 5; i++) {
            send(url, "g", "m" + i);
        }

        assertEquals(List.of("m1", "m2", "m3", "m4", "m5"), receiveBodies(url, 10));
    }

    @Test
    void aGroupWithAMessageInFlightGivesNothingElse() {
        String url = CLOUD.newFifoQueue(true);
        send(url, "a", "a1");
        send(url, "a", "a2");
        send(url, "b", "b1");

        assertEquals(List.of("a1"), receiveBodies(url, 1));

        assertEquals(List.of("b1"), receiveBodies(url, 10));
    }

    @Test
    void theNextMessageOfAGroupComesAfterTheFirstIsDeleted() {
        String url = CLOUD.newFifoQueue(true);
        send(url, "a", "a1");
        send(url, "a", "a2");
        Message first = CLOUD.sqs.receiveMessage(b -> b.queueUrl(url)).messages().get(0);

        CLOUD.sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(first.receiptHandle()));

        assertEquals(List.of("a2"), receiveBodies(url, 10));
    }

    @Test
    void sameContentIsDeduplicatedWithinFiveMinutes() {
        String url = CLOUD.newFifoQueue(true);
        SendMessageResponse first = send(url, "g", "same");
        SendMessageResponse second = send(url, "g", "same");

        assertEquals(first.messageId(), second.messageId());
        assertEquals(List.of("same"), receiveBodies(url, 10));
    }

    @Test
    void theDeduplicationWindowEndsAfterFiveMinutes() {
        String url = CLOUD.newFifoQueue(true);
        SendMessageResponse first = send(url, "g", "again");
        CLOUD.clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        SendMessageResponse second = send(url, "g", "again");

        assertNotEquals(first.messageId(), second.messageId());
    }

    @Test
    void explicitDeduplicationIdsDeduplicateDifferentBodies() {
        String url = CLOUD.newFifoQueue(false);
        CLOUD.sqs.sendMessage(b -> b.queueUrl(url).messageGroupId("g").messageDeduplicationId("d1").messageBody("x"));
        CLOUD.sqs.sendMessage(b -> b.queueUrl(url).messageGroupId("g").messageDeduplicationId("d1").messageBody("y"));

        assertEquals(List.of("x"), receiveBodies(url, 10));
    }

    @Test
    void sequenceNumbersIncreaseAndAreReturnedOnReceive() {
        String url = CLOUD.newFifoQueue(true);
        SendMessageResponse first = send(url, "g", "one");
        SendMessageResponse second = send(url, "g", "two");

        Message received = CLOUD.sqs.receiveMessage(b -> b.queueUrl(url)
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages().get(0);

        assertTrue(first.sequenceNumber().compareTo(second.sequenceNumber()) < 0);
        assertEquals(first.sequenceNumber(), received.attributes().get(MessageSystemAttributeName.SEQUENCE_NUMBER));
        assertEquals("g", received.attributes().get(MessageSystemAttributeName.MESSAGE_GROUP_ID));
    }

    @Test
    void aFifoMessageWithoutGroupIsRejected() {
        String url = CLOUD.newFifoQueue(true);

        SqsException error = assertThrows(SqsException.class,
                () -> CLOUD.sqs.sendMessage(b -> b.queueUrl(url).messageBody("lost")));

        assertEquals("MissingParameter", error.awsErrorDetails().errorCode());
    }

    @Test
    void withoutContentBasedDeduplicationAnIdIsRequired() {
        String url = CLOUD.newFifoQueue(false);

        SqsException error = assertThrows(SqsException.class, () -> send(url, "g", "no id"));

        assertEquals("InvalidParameterValue", error.awsErrorDetails().errorCode());
    }
}
