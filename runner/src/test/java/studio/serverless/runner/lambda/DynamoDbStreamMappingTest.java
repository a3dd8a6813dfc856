package studio.serverless.runner.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import studio.serverless.runner.lambda.engine.FunctionConfiguration;
import studio.serverless.runner.lambda.mapping.dynamodb.DynamoDbStreamSource;
import studio.serverless.runner.lambda.mapping.stream.StartingPosition;
import studio.serverless.runner.lambda.mapping.stream.StreamMapping;

/**
 * A DynamoDB stream mapping feeds a function the table's changes in order, in batches, from its starting position,
 * and handles a failing function as Lambda does: whole-batch retries, bisection, partial batch answers, record age,
 * and the on-failure queue.
 */
class DynamoDbStreamMappingTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String HANDLER = """
            import json, os, socket

            def handler(event, context):
                with socket.create_connection(("127.0.0.1", int(os.environ["REPORT_PORT"]))) as connection:
                    connection.sendall(json.dumps(event).encode())
                poisoned = [record["dynamodb"]["SequenceNumber"] for record in event["Records"]
                            if "poison" in record["dynamodb"].get("NewImage", {})]
                if poisoned and os.environ["ON_POISON"] == "raise":
                    raise RuntimeError("cannot handle record " + poisoned[0])
                if os.environ["ON_POISON"] == "report":
                    return {"batchItemFailures": [{"itemIdentifier": number} for number in poisoned]}
            """;

    @TempDir
    Path code;
    FunctionTestCloud cloud;
    DynamoDbClient dynamoDb;
    SqsClient sqs;
    EventRecorder recorder;

    @BeforeEach
    void startCloud() {
        cloud = new FunctionTestCloud(code);
        dynamoDb = DynamoDbClient.builder().endpointOverride(cloud.cloud.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(cloud.lambda.serviceClientConfiguration().credentialsProvider())
                .httpClient(UrlConnectionHttpClient.create()).build();
        sqs = SqsClient.builder().endpointOverride(cloud.cloud.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(cloud.lambda.serviceClientConfiguration().credentialsProvider())
                .httpClient(UrlConnectionHttpClient.create()).build();
        recorder = new EventRecorder();
        table();
    }

    @AfterEach
    void stopCloud() throws Exception {
        recorder.close();
        sqs.close();
        dynamoDb.close();
        cloud.close();
    }

    @Test
    void eachInvocationHoldsAtMostBatchSizeRecordsInWriteOrder() throws Exception {
        for (int id = 1; id <= 5; id++) {
            put(id, false);
        }

        start(function("none"), m -> m.withBatchSize(2).withStartingPosition(StartingPosition.TRIM_HORIZON));

        assertEquals(List.of("1", "2"), ids(recorder.next()));
        assertEquals(List.of("3", "4"), ids(recorder.next()));
        assertEquals(List.of("5"), ids(recorder.next()));
    }

    @Test
    void aBatchingWindowGathersChangesMadeWhileItIsOpenIntoOneInvocation() throws Exception {
        start(function("none"), m -> m.withBatchingWindow(Duration.ofSeconds(3)));

        put(1, false);
        put(2, false);
        put(3, false);

        assertEquals(List.of("1", "2", "3"), ids(recorder.next()));
    }

    @Test
    void latestReadsOnlyLaterChangesWhileTrimHorizonReadsFromTheOldest() throws Exception {
        put(1, false);

        start(function("none"), m -> m.withStartingPosition(StartingPosition.LATEST));
        put(2, false);
        List<String> latest = ids(recorder.next());
        start(function("none"), m -> m.withStartingPosition(StartingPosition.TRIM_HORIZON));
        List<String> trimHorizon = ids(recorder.next());

        assertEquals(List.of("2"), latest);
        assertEquals(List.of("1", "2"), trimHorizon);
    }

    @Test
    void aFailingBatchIsRetriedWholeThenItsPositionGoesToTheOnFailureQueueAndTheShardMovesOn() throws Exception {
        String queueUrl = sqs.createQueue(b -> b.queueName("stream-failures")).queueUrl();
        put(1, false);
        put(2, true);
        String function = function("raise");

        start(function, m -> m.withStartingPosition(StartingPosition.TRIM_HORIZON).withRetries(2, null)
                .withOnFailure("arn:aws:sqs:us-east-1:000000000000:stream-failures"));
        List<JsonNode> attempts = List.of(recorder.next(), recorder.next(), recorder.next());
        JsonNode failure = JSON.readTree(receive(queueUrl).body());
        put(3, false);
        JsonNode next = recorder.next();

        attempts.forEach(attempt -> assertEquals(List.of("1", "2"), ids(attempt)));
        assertEquals("RetryAttemptsExhausted", failure.at("/requestContext/condition").asText());
        assertEquals(3, failure.at("/requestContext/approximateInvokeCount").asInt());
        assertEquals(cloud.cloud.lambda().arn(function), failure.at("/requestContext/functionArn").asText());
        assertEquals("Unhandled", failure.at("/responseContext/functionError").asText());
        JsonNode info = failure.get("DDBStreamBatchInfo");
        assertEquals(2, info.get("batchSize").asInt());
        assertEquals(sequenceNumbers(attempts.get(0)), List.of(info.get("startSequenceNumber").asText(),
                info.get("endSequenceNumber").asText()));
        assertEquals(streamArn(), info.get("streamArn").asText());
        assertEquals(shardId(), info.get("shardId").asText());
        assertEquals(List.of("3"), ids(next));
    }

    @Test
    void bisectingSplitsAFailingBatchUntilTheBadRecordIsAloneAndOnlyItIsDiscarded() throws Exception {
        String queueUrl = sqs.createQueue(b -> b.queueName("stream-failures")).queueUrl();
        for (int id = 1; id <= 4; id++) {
            put(id, id == 3);
        }

        start(function("raise"), m -> m.withBatchSize(4).withStartingPosition(StartingPosition.TRIM_HORIZON)
                .withRetries(0, null).withFailureHandling(true, false)
                .withOnFailure("arn:aws:sqs:us-east-1:000000000000:stream-failures"));
        List<List<String>> batches = new ArrayList<>();
        for (int invocation = 0; invocation < 5; invocation++) {
            batches.add(ids(recorder.next()));
        }
        JsonNode info = JSON.readTree(receive(queueUrl).body()).get("DDBStreamBatchInfo");

        assertEquals(List.of(List.of("1", "2", "3", "4"), List.of("1", "2"), List.of("3", "4"), List.of("3"),
                List.of("4")), batches);
        assertEquals(1, info.get("batchSize").asInt());
        assertEquals(info.get("startSequenceNumber"), info.get("endSequenceNumber"));
    }

    @Test
    void reportedItemFailuresRetryFromTheLowestReportedRecord() throws Exception {
        String queueUrl = sqs.createQueue(b -> b.queueName("stream-failures")).queueUrl();
        put(1, false);
        put(2, true);
        put(3, false);

        start(function("report"), m -> m.withStartingPosition(StartingPosition.TRIM_HORIZON).withRetries(1, null)
                .withFailureHandling(false, true).withOnFailure("arn:aws:sqs:us-east-1:000000000000:stream-failures"));
        JsonNode first = recorder.next();
        JsonNode retry = recorder.next();
        JsonNode failure = JSON.readTree(receive(queueUrl).body());
        put(4, false);

        assertEquals(List.of("1", "2", "3"), ids(first));
        assertEquals(List.of("2", "3"), ids(retry));
        assertEquals(2, failure.at("/DDBStreamBatchInfo/batchSize").asInt());
        assertEquals(sequenceNumbers(retry).get(0), failure.at("/DDBStreamBatchInfo/startSequenceNumber").asText());
        assertFalse(failure.get("responseContext").has("functionError"), failure.toString());
        assertEquals(List.of("4"), ids(recorder.next()));
    }

    @Test
    void aRecordOlderThanTheMaximumAgeIsDiscardedInsteadOfRetried() throws Exception {
        String queueUrl = sqs.createQueue(b -> b.queueName("stream-failures")).queueUrl();
        put(1, true);

        start(function("raise"), m -> m.withStartingPosition(StartingPosition.TRIM_HORIZON)
                .withRetries(-1, Duration.ofMinutes(1)).withOnFailure("arn:aws:sqs:us-east-1:000000000000:stream-failures"));
        recorder.next();
        cloud.clock.advance(Duration.ofMinutes(2));
        JsonNode failure = JSON.readTree(receive(queueUrl).body());

        assertEquals("RecordAgeExceeded", failure.at("/requestContext/condition").asText());
        assertEquals(1, failure.at("/DDBStreamBatchInfo/batchSize").asInt());
    }

    String function(String onPoison) {
        Path folder = cloud.codeFolder(Map.of("app.py", HANDLER));
        return cloud.function(FunctionConfiguration.of(FunctionTestCloud.uniqueName(), "python3.13", "app.handler",
                folder).withEnvironment(Map.of("REPORT_PORT", recorder.port(), "ON_POISON", onPoison)));
    }

    void table() {
        dynamoDb.createTable(b -> b.tableName("orders").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)));
    }

    void put(int id, boolean poison) {
        Map<String, AttributeValue> item = poison
                ? Map.of("id", AttributeValue.fromS(Integer.toString(id)), "poison", AttributeValue.fromBool(true))
                : Map.of("id", AttributeValue.fromS(Integer.toString(id)));
        dynamoDb.putItem(b -> b.tableName("orders").item(item));
    }

    void start(String function, java.util.function.UnaryOperator<StreamMapping> settings) {
        cloud.cloud.eventSourceMappings().start(settings.apply(StreamMapping.of(function)),
                DynamoDbStreamSource.forTable(cloud.cloud.dynamoDb(), "orders"));
    }

    Message receive(String queueUrl) {
        List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(queueUrl).waitTimeSeconds(20)).messages();
        assertEquals(1, messages.size(), "one failure record within 20 seconds");
        return messages.get(0);
    }

    String streamArn() {
        return dynamoDb.describeTable(b -> b.tableName("orders")).table().latestStreamArn();
    }

    String shardId() {
        try (var streams = software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient.builder()
                .endpointOverride(cloud.cloud.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(cloud.lambda.serviceClientConfiguration().credentialsProvider())
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            return streams.describeStream(b -> b.streamArn(streamArn())).streamDescription().shards().get(0)
                    .shardId();
        }
    }

    static List<String> ids(JsonNode event) {
        List<String> ids = new ArrayList<>();
        event.get("Records").forEach(record -> ids.add(record.at("/dynamodb/Keys/id/S").asText()));
        return ids;
    }

    static List<String> sequenceNumbers(JsonNode event) {
        List<String> numbers = new ArrayList<>();
        event.get("Records").forEach(record -> numbers.add(record.at("/dynamodb/SequenceNumber").asText()));
        return List.of(numbers.get(0), numbers.get(numbers.size() - 1));
    }
}
