package studio.serverless.runner.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordResponse;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import studio.serverless.runner.ReferenceFiles;
import studio.serverless.runner.lambda.engine.FunctionConfiguration;
import studio.serverless.runner.lambda.mapping.kinesis.KinesisStreamSource;
import studio.serverless.runner.lambda.mapping.stream.StartingPosition;
import studio.serverless.runner.lambda.mapping.stream.StreamMapping;

/**
 * A Kinesis mapping feeds a function each shard's records in order, shaped as AWS's sample Kinesis event, from
 * TRIM_HORIZON or a timestamp, and reports a discarded batch's position with KinesisBatchInfo.
 */
class KinesisStreamMappingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HANDLER = """
            import base64, json, os, socket

            def handler(event, context):
                with socket.create_connection(("127.0.0.1", int(os.environ["REPORT_PORT"]))) as connection:
                    connection.sendall(json.dumps(event).encode())
                if any(base64.b64decode(record["kinesis"]["data"]) == b"poison" for record in event["Records"]):
                    raise RuntimeError("cannot handle a poisoned record")
            """;

    @TempDir
    Path code;
    private FunctionTestCloud cloud;
    private KinesisClient kinesis;
    private EventRecorder recorder;

    @BeforeEach
    void startCloud() {
        cloud = new FunctionTestCloud(code);
        kinesis = KinesisClient.builder().endpointOverride(cloud.cloud.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(cloud.lambda.serviceClientConfiguration().credentialsProvider())
                .httpClient(UrlConnectionHttpClient.create()).build();
        recorder = new EventRecorder();
    }

    @AfterEach
    void stopCloud() throws Exception {
        recorder.close();
        kinesis.close();
        cloud.close();
    }

    @Test
    void recordsReachTheFunctionInOrderShapedAsTheReferenceEvent() throws Exception {
        JsonNode reference = JSON.readTree(ReferenceFiles.read("events/kinesis-Kinesis.json")).at("/Records/0");
        stream("clicks", 1);
        List<PutRecordResponse> puts = List.of(put("clicks", "user-1", "r1"), put("clicks", "user-1", "r2"));

        start("clicks", m -> m.withStartingPosition(StartingPosition.TRIM_HORIZON));
        JsonNode records = recorder.next().get("Records");

        String streamArn = kinesis.describeStreamSummary(b -> b.streamName("clicks")).streamDescriptionSummary()
                .streamARN();
        assertEquals(List.of("r1", "r2"), data(records));
        for (int index = 0; index < puts.size(); index++) {
            JsonNode record = records.get(index);
            assertEquals(fieldNames(reference), fieldNames(record), record.toString());
            assertEquals(fieldNames(reference.get("kinesis")), fieldNames(record.get("kinesis")), record.toString());
            for (String field : List.of("eventSource", "eventVersion", "eventName")) {
                assertEquals(reference.get(field), record.get(field), field);
            }
            assertEquals(reference.at("/kinesis/kinesisSchemaVersion"), record.at("/kinesis/kinesisSchemaVersion"));
            assertTrue(record.at("/kinesis/approximateArrivalTimestamp").isFloatingPointNumber(), record.toString());
            assertEquals(puts.get(index).sequenceNumber(), record.at("/kinesis/sequenceNumber").asText());
            assertEquals(puts.get(index).shardId() + ":" + puts.get(index).sequenceNumber(),
                    record.get("eventID").asText());
            assertEquals("user-1", record.at("/kinesis/partitionKey").asText());
            assertEquals(streamArn, record.get("eventSourceARN").asText());
            assertEquals("us-east-1", record.get("awsRegion").asText());
        }
    }

    @Test
    void eachShardIsReadInOrderByItsOwnPoller() throws Exception {
        stream("telemetry", 2);
        Map<String, List<String>> putPerShard = new HashMap<>();
        for (int index = 0; index < 12; index++) {
            PutRecordResponse put = put("telemetry", "device-" + index % 4, "m" + index);
            putPerShard.computeIfAbsent(put.shardId(), shard -> new ArrayList<>()).add(put.sequenceNumber());
        }

        start("telemetry", m -> m.withBatchSize(3).withStartingPosition(StartingPosition.TRIM_HORIZON));
        Map<String, List<String>> receivedPerShard = new HashMap<>();
        for (int received = 0; received < 12; ) {
            JsonNode records = recorder.next().get("Records");
            for (JsonNode record : records) {
                String shard = record.get("eventID").asText().split(":")[0];
                receivedPerShard.computeIfAbsent(shard, key -> new ArrayList<>())
                        .add(record.at("/kinesis/sequenceNumber").asText());
                received++;
            }
        }

        assertEquals(2, putPerShard.size(), "the partition keys spread over both shards: " + putPerShard);
        assertEquals(putPerShard, receivedPerShard);
    }

    @Test
    void atTimestampStartsWithTheFirstRecordPutAtOrAfterIt() throws Exception {
        stream("orders", 1);
        put("orders", "o", "before");
        cloud.clock.advance(Duration.ofMinutes(1));
        Instant start = cloud.clock.instant();
        put("orders", "o", "after");

        start("orders", m -> m.withStartingPosition(StartingPosition.atTimestamp(start)));

        assertEquals(List.of("after"), data(recorder.next().get("Records")));
    }

    @Test
    void aDiscardedBatchsPositionGoesToTheOnFailureQueueAsKinesisBatchInfo() throws Exception {
        try (SqsClient sqs = SqsClient.builder().endpointOverride(cloud.cloud.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(cloud.lambda.serviceClientConfiguration().credentialsProvider())
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            String queueUrl = sqs.createQueue(b -> b.queueName("click-failures")).queueUrl();
            stream("clicks", 1);
            PutRecordResponse poison = put("clicks", "user-1", "poison");

            start("clicks", m -> m.withStartingPosition(StartingPosition.TRIM_HORIZON).withRetries(0, null)
                    .withOnFailure("arn:aws:sqs:us-east-1:000000000000:click-failures"));
            recorder.next();
            List<Message> failures = sqs.receiveMessage(b -> b.queueUrl(queueUrl).waitTimeSeconds(20)).messages();
            put("clicks", "user-1", "fine");

            JsonNode info = JSON.readTree(failures.get(0).body()).get("KinesisBatchInfo");
            assertEquals(poison.shardId(), info.get("shardId").asText());
            assertEquals(poison.sequenceNumber(), info.get("startSequenceNumber").asText());
            assertEquals(1, info.get("batchSize").asInt());
            assertTrue(info.get("streamArn").asText().endsWith(":stream/clicks"), info.toString());
            assertEquals(List.of("fine"), data(recorder.next().get("Records")));
        }
    }

    private void stream(String name, int shards) {
        kinesis.createStream(b -> b.streamName(name).shardCount(shards));
    }

    private PutRecordResponse put(String stream, String partitionKey, String data) {
        return kinesis.putRecord(b -> b.streamName(stream).partitionKey(partitionKey)
                .data(SdkBytes.fromUtf8String(data)));
    }

    private void start(String stream, UnaryOperator<StreamMapping> settings) {
        String function = cloud.function(FunctionConfiguration.of(FunctionTestCloud.uniqueName(), "python3.13",
                "app.handler", cloud.codeFolder(Map.of("app.py", HANDLER)))
                .withEnvironment(Map.of("REPORT_PORT", recorder.port())));
        cloud.cloud.eventSourceMappings().start(settings.apply(StreamMapping.of(function)),
                KinesisStreamSource.forStream(cloud.cloud.kinesis(), stream));
    }

    private static List<String> data(JsonNode records) {
        List<String> data = new ArrayList<>();
        records.forEach(record -> data.add(new String(Base64.getDecoder().decode(record.at("/kinesis/data")
                .asText()), StandardCharsets.UTF_8)));
        return data;
    }

    private static TreeSet<String> fieldNames(JsonNode node) {
        TreeSet<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
