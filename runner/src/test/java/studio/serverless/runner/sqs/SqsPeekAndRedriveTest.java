package studio.serverless.runner.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import studio.serverless.runner.sqs.engine.MessageMoveResult;
import studio.serverless.runner.sqs.engine.PeekedMessage;
import studio.serverless.runner.sqs.engine.SqsError;
import studio.serverless.runner.sqs.engine.SqsException;

/** The queue browser's engine actions (peek, delete by id, redrive from the DLQ), checked with the AWS SDK. */
class SqsPeekAndRedriveTest {

    private final SqsTestCloud test = new SqsTestCloud();

    @AfterEach
    void stop() {
        test.close();
    }

    private String name(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private List<Message> receive(String url) {
        return test.sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(0)
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
    }

    /** A source queue whose messages move to its dead-letter queue after one receive; returns {source, dlq}. */
    private String[] queueWithDeadLetterQueue() {
        String dlq = test.newQueue();
        String dlqArn = test.cloud.sqs().queue(name(dlq)).arn();
        String source = test.newQueue();
        test.sqs.setQueueAttributes(b -> b.queueUrl(source).attributes(Map.of(QueueAttributeName.REDRIVE_POLICY,
                "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":1}",
                QueueAttributeName.VISIBILITY_TIMEOUT, "0")));
        return new String[] {source, dlq};
    }

    @Test
    void peekShowsMessagesWithoutReceivingThem() {
        String url = test.newQueue();
        test.sqs.sendMessage(b -> b.queueUrl(url).messageBody("hello"));

        List<PeekedMessage> peeked = test.cloud.sqs().peek(name(url), 10);

        assertEquals(1, peeked.size());
        assertEquals("hello", peeked.get(0).body());
        assertEquals(PeekedMessage.State.VISIBLE, peeked.get(0).state());
        List<Message> received = receive(url);
        assertEquals(1, received.size());
        assertEquals("1", received.get(0).attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
    }

    @Test
    void deletingByIdRemovesAMessageInFlight() {
        String url = test.newQueue();
        test.sqs.sendMessage(b -> b.queueUrl(url).messageBody("stuck"));
        String id = receive(url).get(0).messageId();

        test.cloud.sqs().deleteMessageById(name(url), id);

        assertEquals(List.of(), test.cloud.sqs().peek(name(url), 10));
    }

    @Test
    void redriveWithoutDestinationSendsDeadLettersBackToTheirSourceQueue() {
        String[] queues = queueWithDeadLetterQueue();
        test.sqs.sendMessage(b -> b.queueUrl(queues[0]).messageBody("poison"));
        receive(queues[0]);
        assertEquals(List.of(), receive(queues[0])); // the second receive moved it to the DLQ
        String dlqArn = test.cloud.sqs().queue(name(queues[1])).arn();

        MessageMoveResult result = test.cloud.sqs().startMessageMoveTask(dlqArn, null);

        assertEquals(1, result.moved());
        assertEquals(List.of(), test.cloud.sqs().peek(name(queues[1]), 10));
        List<Message> back = receive(queues[0]);
        assertEquals("poison", back.get(0).body());
        assertEquals("1", back.get(0).attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
    }

    @Test
    void redriveFromAQueueThatIsNoDeadLetterQueueIsRefused() {
        String url = test.newQueue();
        String arn = test.cloud.sqs().queue(name(url)).arn();

        SqsException refused = assertThrows(SqsException.class,
                () -> test.cloud.sqs().startMessageMoveTask(arn, null));

        assertEquals(SqsError.UNSUPPORTED_OPERATION, refused.error());
    }

    @Test
    void startMessageMoveTaskThroughTheSdkMovesDeadLettersToTheGivenDestination() {
        String[] queues = queueWithDeadLetterQueue();
        String other = test.newQueue();
        test.sqs.sendMessage(b -> b.queueUrl(queues[0]).messageBody("poison"));
        receive(queues[0]);
        receive(queues[0]);
        String dlqArn = test.cloud.sqs().queue(name(queues[1])).arn();
        String otherArn = test.cloud.sqs().queue(name(other)).arn();

        String handle = test.sqs.startMessageMoveTask(b -> b.sourceArn(dlqArn).destinationArn(otherArn))
                .taskHandle();

        assertTrue(handle != null && !handle.isEmpty());
        assertEquals("poison", receive(other).get(0).body());
        assertEquals(List.of(), receive(queues[1]));
    }

    @Test
    void startMessageMoveTaskForAnUnknownQueueIsResourceNotFound() {
        assertThrows(software.amazon.awssdk.services.sqs.model.ResourceNotFoundException.class,
                () -> test.sqs.startMessageMoveTask(b -> b.sourceArn("arn:aws:sqs:us-east-1:000000000000:nope")));
    }
}
