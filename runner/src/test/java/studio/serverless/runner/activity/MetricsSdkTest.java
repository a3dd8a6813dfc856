package studio.serverless.runner.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import studio.serverless.runner.activity.ResourceMetrics.FunctionMetrics;
import studio.serverless.runner.activity.ResourceMetrics.QueueMetrics;
import studio.serverless.runner.lambda.engine.FunctionConfiguration;

/** The counters a run's badges show, after traffic made through the real AWS SDK v2. */
class MetricsSdkTest {

    private static final String MOODY = """
            def handler(event, context):
                if event.get("fail"):
                    raise ValueError("bad order")
                return "ok"
            """;

    @TempDir
    Path code;
    private final CloudClients clients = new CloudClients();

    @AfterEach
    void stop() {
        clients.close();
    }

    @Test
    void queuesTablesBucketsAndTopicsReportTheirLevels() {
        String url = clients.sqs.createQueue(b -> b.queueName("jobs").attributes(Map.of(
                QueueAttributeName.VISIBILITY_TIMEOUT, "60"))).queueUrl();
        for (int i = 0; i < 3; i++) {
            clients.sqs.sendMessage(b -> b.queueUrl(url).messageBody("job"));
        }
        clients.sqs.sendMessage(b -> b.queueUrl(url).messageBody("later").delaySeconds(60));
        clients.sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(1));
        clients.table("orders");
        clients.dynamoDb.putItem(b -> b.tableName("orders").item(Map.of("id", AttributeValue.fromS("1"))));
        clients.dynamoDb.putItem(b -> b.tableName("orders").item(Map.of("id", AttributeValue.fromS("2"))));
        clients.s3.createBucket(b -> b.bucket("photos"));
        clients.putObject("photos", "a.jpg");
        String topic = clients.sns.createTopic(b -> b.name("news")).topicArn();
        clients.sns.publish(b -> b.topicArn(topic).message("one"));
        clients.sns.publish(b -> b.topicArn(topic).message("two"));

        ResourceMetrics metrics = clients.cloud.metrics();

        assertEquals(new QueueMetrics(2, 1, 1), metrics.queues().get("jobs"));
        assertEquals(2, metrics.tableItems().get("orders"));
        assertEquals(1, metrics.bucketObjects().get("photos"));
        assertEquals(2, metrics.topicPublishes().get("news"));
    }

    @Test
    void aFunctionCountsItsInvocationsErrorsThrottlesAndColdStarts() throws Exception {
        Path folder = Files.createDirectories(code.resolve("moody"));
        Files.writeString(folder.resolve("app.py"), MOODY);
        clients.cloud.lambda().register(FunctionConfiguration.of("moody", "python3.13", "app.handler", folder));
        clients.cloud.lambda().register(FunctionConfiguration.of("closed", "python3.13", "app.handler", folder)
                .withReservedConcurrency(0));

        clients.cloud.lambda().invoke("moody", "{}".getBytes());
        clients.cloud.lambda().invoke("moody", "{\"fail\": true}".getBytes());
        clients.cloud.lambda().invoke("moody", "{}".getBytes());
        throttled("closed");

        ResourceMetrics metrics = clients.cloud.metrics();
        FunctionMetrics moody = metrics.functions().get("moody");
        assertEquals(List.of(3L, 1L, 0L, 1L), List.of(moody.invocations(), moody.errors(), moody.throttles(),
                moody.coldStarts()));
        assertTrue(moody.durationMillis() >= 3, "each invocation bills at least a millisecond: " + moody);
        assertEquals(128, moody.memoryMegabytes());
        assertEquals(new FunctionMetrics(0, 0, 1, 0, 0, 128), metrics.functions().get("closed"));
    }

    private void throttled(String function) throws IOException {
        try {
            clients.cloud.lambda().invoke(function, "{}".getBytes());
            throw new AssertionError("a function with no reserved concurrency ran");
        } catch (studio.serverless.runner.lambda.engine.LambdaException expected) {
            // throttled, as AWS throttles a function whose reserved concurrency is 0
        }
    }
}
