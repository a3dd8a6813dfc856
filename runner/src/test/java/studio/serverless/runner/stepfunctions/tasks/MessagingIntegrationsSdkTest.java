package studio.serverless.runner.stepfunctions.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** SQS sendMessage, SNS publish and EventBridge putEvents Task states, each read back with the SDK's SqsClient. */
class MessagingIntegrationsSdkTest {

    private final CloudWorkflows workflows = new CloudWorkflows();

    @AfterEach
    void stop() {
        workflows.close();
    }

    @Test
    void aJsonMessageBodyIsSentAsItsTextAndAnsweredWithTheMessageId() {
        String queue = workflows.sqs.createQueue(b -> b.queueName("orders")).queueUrl();

        DescribeExecutionResponse done = workflows.run(task("sqs:sendMessage",
                "{\"QueueUrl\":\"" + queue + "\",\"MessageBody\":{\"order.$\":\"$.id\"}}"), "{\"id\":\"o-1\"}");

        assertEquals(ExecutionStatus.SUCCEEDED, done.status(), done.cause());
        JsonNode output = CloudWorkflows.json(done.output());
        Message received = receive(queue).get(0);
        assertEquals("{\"order\":\"o-1\"}", received.body());
        assertEquals(received.messageId(), output.get("MessageId").asText());
        assertEquals(received.md5OfBody(), output.get("MD5OfMessageBody").asText());
    }

    @Test
    void aMissingQueueIsCaughtAsSqsQueueDoesNotExist() {
        DescribeExecutionResponse done = workflows.run(task("sqs:sendMessage",
                "{\"QueueUrl\":\"http://localhost/000000000000/nowhere\",\"MessageBody\":\"x\"}"), "{}");

        assertEquals(ExecutionStatus.FAILED, done.status());
        assertEquals("SQS.QueueDoesNotExistException", done.error());
        assertTrue(done.cause().contains("Error Code: AWS.SimpleQueueService.NonExistentQueue"), done.cause());
    }

    @Test
    void aPublishedMessageReachesTheTopicsQueueSubscription() {
        String topic = workflows.sns.createTopic(b -> b.name("placed")).topicArn();
        String queue = workflows.sqs.createQueue(b -> b.queueName("placed-copy")).queueUrl();
        workflows.sns.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(queueArn(queue)));

        DescribeExecutionResponse done = workflows.run(task("sns:publish", "{\"TopicArn\":\"" + topic
                + "\",\"Subject\":\"New order\",\"Message\":{\"order\":\"o-2\"},"
                + "\"MessageAttributes\":{\"kind\":{\"DataType\":\"String\",\"StringValue\":\"retail\"}}}"), "{}");

        assertEquals(ExecutionStatus.SUCCEEDED, done.status(), done.cause());
        JsonNode envelope = CloudWorkflows.json(receive(queue).get(0).body());
        assertEquals("{\"order\":\"o-2\"}", envelope.get("Message").asText());
        assertEquals("New order", envelope.get("Subject").asText());
        assertEquals("retail", envelope.at("/MessageAttributes/kind/Value").asText());
        assertEquals(envelope.get("MessageId"), CloudWorkflows.json(done.output()).get("MessageId"));
    }

    @Test
    void publishingToAMissingTopicIsSnsNotFound() {
        DescribeExecutionResponse done = workflows.run(task("sns:publish",
                "{\"TopicArn\":\"arn:aws:sns:us-east-1:000000000000:nowhere\",\"Message\":\"x\"}"), "{}");

        assertEquals("SNS.NotFoundException", done.error());
    }

    @Test
    void aPutEventReachesTheQueueItsRuleTargetsNamingTheExecution() {
        String queue = workflows.sqs.createQueue(b -> b.queueName("events-copy")).queueUrl();
        workflows.events.putRule(b -> b.name("orders").eventPattern("{\"source\":[\"shop.orders\"]}"));
        workflows.events.putTargets(b -> b.rule("orders").targets(t -> t.id("copy").arn(queueArn(queue))));

        DescribeExecutionResponse done = workflows.run(task("events:putEvents", "{\"Entries\":[{"
                + "\"Source\":\"shop.orders\",\"DetailType\":\"OrderPlaced\",\"Detail\":{\"order\":\"o-3\"}}]}"), "{}");

        assertEquals(ExecutionStatus.SUCCEEDED, done.status(), done.cause());
        assertEquals(0, CloudWorkflows.json(done.output()).get("FailedEntryCount").asInt());
        JsonNode event = CloudWorkflows.json(receive(queue).get(0).body());
        assertEquals(CloudWorkflows.json("{\"order\":\"o-3\"}"), event.get("detail"));
        assertEquals(List.of(done.stateMachineArn(), done.executionArn()),
                CloudWorkflows.JSON.convertValue(event.get("resources"), List.class));
    }

    private static String task(String resource, String parameters) {
        return "{\"StartAt\":\"Send\",\"States\":{\"Send\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::"
                + resource + "\",\"Parameters\":" + parameters + ",\"End\":true}}}";
    }

    private List<Message> receive(String queue) {
        return workflows.sqs.receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(10).waitTimeSeconds(5))
                .messages();
    }

    private String queueArn(String queue) {
        return workflows.sqs.getQueueAttributes(b -> b.queueUrl(queue).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
    }
}
