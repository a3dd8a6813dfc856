package studio.serverless.runner.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Dead-letter redrive and long polling through the real AWS SDK for Java v2. */
class SqsRedriveAndPollingSdkTest {

    private static final SqsTestCloud CLOUD = new SqsTestCloud();

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    private static String arnOf(String url) {
        return CLOUD.sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
    }

    private static List<Message> receive(String url) {
        return CLOUD.sqs.receiveMessage(b -> b.queueUrl(url)
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
    }

    @Test
    void aMessageReceivedMaxReceiveCountTimesMovesToTheDeadLetterQueue() {
        String deadLetters = CLOUD.newQueue();
        String source = CLOUD.newQueue();
        String policy = "{\"deadLetterTargetArn\":\"" + arnOf(deadLetters) + "\",\"maxReceiveCount\":2}";
        CLOUD.sqs.setQueueAttributes(b -> b.queueUrl(source).attributes(Map.of(QueueAttributeName.REDRIVE_POLICY, policy)));
        CLOUD.sqs.sendMessage(b -> b.queueUrl(source).messageBody("poison"));

        for (int attempt = 0; attempt < 2; attempt++) {
            assertEquals(1, receive(source).size());
            CLOUD.clock.advance(Duration.ofSeconds(31));
        }

        assertTrue(receive(source).isEmpty());
        Message dead = receive(deadLetters).get(0);
        assertEquals("poison", dead.body());
        assertEquals(arnOf(source), dead.attributes().get(MessageSystemAttributeName.DEAD_LETTER_QUEUE_SOURCE_ARN));
        // SQS keeps the receive count when it moves a message: two receives at the source, this one makes three
        assertEquals("3", dead.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
    }

    @Test
    void aRedrivePolicyThatIsNotJsonIsRejected() {
        String url = CLOUD.newQueue();

        assertThrows(() -> CLOUD.sqs.setQueueAttributes(b -> b.queueUrl(url)
                .attributes(Map.of(QueueAttributeName.REDRIVE_POLICY, "{not json"))));
    }

    @Test
    void aLongPollReturnsAsSoonAsAMessageArrives() throws Exception {
        String url = CLOUD.newQueue();
        long started = System.nanoTime();
        CompletableFuture<List<Message>> poll = CompletableFuture.supplyAsync(
                () -> CLOUD.sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(20)).messages());

        CLOUD.sqs.sendMessage(b -> b.queueUrl(url).messageBody("awaited"));

        List<Message> messages = poll.get(10, TimeUnit.SECONDS);
        assertEquals("awaited", messages.get(0).body());
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(10));
    }

    @Test
    void aLongPollOnAnEmptyQueueReturnsNothingAfterItsWait() {
        String url = CLOUD.newQueue();
        long started = System.nanoTime();

        List<Message> messages = CLOUD.sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(1)).messages();

        assertTrue(messages.isEmpty());
        assertTrue(System.nanoTime() - started >= TimeUnit.MILLISECONDS.toNanos(900));
    }

    private static void assertThrows(Runnable action) {
        org.junit.jupiter.api.Assertions.assertThrows(
                software.amazon.awssdk.services.sqs.model.InvalidAttributeValueException.class, action::run);
    }
}
