package studio.serverless.runner.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.s3.model.Event;
import software.amazon.awssdk.services.s3.model.QueueConfiguration;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.runner.lambda.engine.FunctionConfiguration;
import studio.serverless.runner.lambda.mapping.dynamodb.DynamoDbStreamSource;
import studio.serverless.runner.lambda.mapping.stream.StreamMapping;

/** Deliveries between resources show who handed what to whom, through the real AWS SDK v2. */
class DeliveryActivitySdkTest {

    private final CloudClients clients = new CloudClients();

    @AfterEach
    void stop() {
        clients.close();
    }

    @Test
    void topicsRulesAndBucketsShowEachDeliveryToTheirQueue() throws Exception {
        clients.queue("inbox");
        String topic = clients.sns.createTopic(b -> b.name("news")).topicArn();
        clients.sns.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(CloudClients.queueArn("inbox")));
        clients.events.putRule(b -> b.name("orders-rule").eventPattern("{\"source\":[\"shop\"]}"));
        clients.events.putTargets(b -> b.rule("orders-rule").targets(t -> t.id("copy")
                .arn(CloudClients.queueArn("inbox"))));
        clients.s3.createBucket(b -> b.bucket("uploads"));
        clients.s3.putBucketNotificationConfiguration(b -> b.bucket("uploads").notificationConfiguration(n -> n
                .queueConfigurations(QueueConfiguration.builder().queueArn(CloudClients.queueArn("inbox"))
                        .events(Event.S3_OBJECT_CREATED).build())));
        try (ActivityRecorder recorder = new ActivityRecorder(clients.cloud.activity())) {
            clients.sns.publish(b -> b.topicArn(topic).message("hello"));
            clients.events.putEvents(b -> b.entries(e -> e.source("shop").detailType("order").detail("{}")));
            clients.putObject("uploads", "photo.jpg");

            List<String> deliveries = recorder.seen().stream().filter(a -> a.kind() == ActivityKind.DELIVERY)
                    .map(a -> a.from() + " -> " + a.to().map(ResourceRef::toString).orElse("?")).toList();
            assertEquals(List.of("sns:news -> sqs:inbox", "eventbridge:orders-rule -> sqs:inbox",
                    "s3:uploads -> sqs:inbox"), deliveries);
        }
    }

    @Test
    void aMessagePastItsReceiveCountMovesToTheDeadLetterQueue() throws Exception {
        clients.queue("work-dlq");
        String work = clients.sqs.createQueue(b -> b.queueName("work").attributes(Map.of(
                QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + CloudClients.queueArn("work-dlq")
                        + "\",\"maxReceiveCount\":\"1\"}", QueueAttributeName.VISIBILITY_TIMEOUT, "0"))).queueUrl();
        clients.sqs.sendMessage(b -> b.queueUrl(work).messageBody("poison"));
        clients.sqs.receiveMessage(b -> b.queueUrl(work));
        try (ActivityRecorder recorder = new ActivityRecorder(clients.cloud.activity())) {
            clients.sqs.receiveMessage(b -> b.queueUrl(work));

            Activity moved = recorder.seen().stream().filter(a -> a.kind() == ActivityKind.DEAD_LETTER)
                    .findFirst().orElseThrow(() -> new AssertionError(recorder.seen().toString()));
            assertEquals(ResourceRef.queue("work"), moved.from());
            assertEquals(Optional.of(ResourceRef.queue("work-dlq")), moved.to());
            assertEquals(1, clients.cloud.metrics().queues().get("work-dlq").visible());
        }
    }

    @Test
    void aTablesStreamRecordsShowAsDeliveredToItsFunction(@TempDir Path code) throws Exception {
        clients.dynamoDb.createTable(b -> b.tableName("orders").billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)));
        Files.writeString(code.resolve("app.py"), "def handler(event, context):\n    return len(event['Records'])\n");
        clients.cloud.lambda().register(FunctionConfiguration.of("audit", "python3.13", "app.handler", code));
        clients.cloud.eventSourceMappings().start(StreamMapping.of("audit"),
                DynamoDbStreamSource.forTable(clients.cloud.dynamoDb(), "orders"));
        try (ActivityRecorder recorder = new ActivityRecorder(clients.cloud.activity())) {
            clients.dynamoDb.putItem(b -> b.tableName("orders").item(Map.of("id", AttributeValue.fromS("1"))));

            recorder.awaitMatching(a -> a.kind() == ActivityKind.INVOCATION_END);
            Activity delivery = recorder.seen().stream().filter(a -> a.kind() == ActivityKind.DELIVERY).findFirst()
                    .orElseThrow();
            assertEquals(ResourceRef.table("orders"), delivery.from());
            assertEquals(Optional.of(ResourceRef.function("audit")), delivery.to());
            assertEquals("1 record", delivery.summary());
        }
    }

    @Test
    void anExecutionShowsItsStartEachTaskOnItsResourceAndItsEnd() throws Exception {
        clients.table("orders");
        String machine = clients.sfn.createStateMachine(b -> b.name("saver").roleArn(
                "arn:aws:iam::000000000000:role/StatesRole").definition("""
                {"StartAt": "Save", "States": {"Save": {"Type": "Task",
                  "Resource": "arn:aws:states:::dynamodb:putItem",
                  "Parameters": {"TableName": "orders", "Item": {"id": {"S": "1"}}}, "End": true}}}
                """)).stateMachineArn();
        try (ActivityRecorder recorder = new ActivityRecorder(clients.cloud.activity())) {
            String execution = clients.sfn.startExecution(b -> b.stateMachineArn(machine).input("{}")).executionArn();
            clients.cloud.stepFunctions().execution(execution).completion().get(10, TimeUnit.SECONDS);
            recorder.awaitMatching(a -> a.kind() == ActivityKind.EXECUTION_END);

            ResourceRef saver = new ResourceRef(ServiceKind.STEP_FUNCTIONS, "saver");
            List<String> story = recorder.seen().stream().map(a -> a.kind() + " " + a.from()
                    + a.to().map(to -> " -> " + to).orElse("")).toList();
            assertEquals(List.of("SERVICE_CALL " + saver, "EXECUTION_START " + saver,
                    "TASK " + saver + " -> dynamodb:orders", "EXECUTION_END " + saver), story);
            assertTrue(recorder.seen().get(3).error().isEmpty());
            assertEquals(0, clients.cloud.metrics().runningExecutions().get("saver"));
            assertEquals(1, clients.cloud.metrics().tableItems().get("orders"));
        }
    }
}
