package studio.serverless.runner.kinesis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.MutableClock;

/**
 * Thousands of malformed Kinesis requests, in JSON and in CBOR: each gets an AWS-shaped answer in the encoding it
 * was sent in (never a 5xx), and afterwards the stream still takes and gives records.
 */
class MalformedKinesisRequestsTest {

    private static final LocalCloud CLOUD = LocalCloud.start(0, new MutableClock());
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CBORMapper CBOR = new CBORMapper();
    private static final String JSON_TYPE = "application/x-amz-json-1.1";
    private static final String CBOR_TYPE = "application/x-amz-cbor-1.1";
    private static final String[] OPERATIONS = {"CreateStream", "DeleteStream", "DescribeStream",
        "DescribeStreamSummary", "ListStreams", "ListShards", "PutRecord", "PutRecords", "GetShardIterator",
        "GetRecords", "IncreaseStreamRetentionPeriod", "DecreaseStreamRetentionPeriod", "AddTagsToStream",
        "RemoveTagsFromStream", "ListTagsForStream", "SubscribeToShard", "NoSuchOperation"};
    private static final String[] BODIES = {"", "{", "[]", "null", "7", "\"s\"", "{\"StreamName\":5}",
        "{\"StreamName\":\"\"}", "{\"StreamName\":\"a b\"}", "{\"StreamName\":\"fuzz\",\"ShardCount\":0}",
        "{\"StreamName\":\"x\",\"ShardCount\":\"two\"}", "{\"StreamName\":\"x\",\"ShardCount\":99999999999}",
        "{\"StreamName\":\"x\",\"StreamModeDetails\":{\"StreamMode\":\"FAST\"}}",
        "{\"StreamName\":\"x\",\"StreamModeDetails\":{}}", "{\"StreamARN\":\"arn:aws:s3:::bucket\"}",
        "{\"StreamARN\":\"arn:aws:kinesis:eu-west-1:123456789012:stream/fuzz\"}",
        "{\"StreamName\":\"fuzz\",\"StreamARN\":\"arn:aws:kinesis:us-east-1:000000000000:stream/other\"}",
        "{\"StreamName\":\"fuzz\",\"PartitionKey\":\"k\",\"Data\":\"%%%\"}",
        "{\"StreamName\":\"fuzz\",\"PartitionKey\":\"k\",\"Data\":5}", "{\"StreamName\":\"fuzz\",\"Data\":\"AA==\"}",
        "{\"StreamName\":\"fuzz\",\"PartitionKey\":\"k\",\"Data\":\"AA==\",\"ExplicitHashKey\":\"-1\"}",
        "{\"StreamName\":\"fuzz\",\"Records\":[]}", "{\"StreamName\":\"fuzz\",\"Records\":\"x\"}",
        "{\"StreamName\":\"fuzz\",\"Records\":[1]}", "{\"StreamName\":\"fuzz\",\"Records\":[{\"Data\":\"AA==\"}]}",
        "{\"StreamName\":\"fuzz\",\"ShardId\":\"shardId-000000000000\",\"ShardIteratorType\":\"SOMEWHERE\"}",
        "{\"StreamName\":\"fuzz\",\"ShardId\":\"shardId-000000000000\",\"ShardIteratorType\":\"AT_SEQUENCE_NUMBER\"}",
        "{\"StreamName\":\"fuzz\",\"ShardId\":\"shardId-000000000000\",\"ShardIteratorType\":\"AT_SEQUENCE_NUMBER\","
            + "\"StartingSequenceNumber\":\"abc\"}",
        "{\"StreamName\":\"fuzz\",\"ShardId\":\"shardId-000000000000\",\"ShardIteratorType\":\"AT_TIMESTAMP\"}",
        "{\"StreamName\":\"fuzz\",\"ShardId\":\"shardId-000000000000\",\"ShardIteratorType\":\"AT_TIMESTAMP\","
            + "\"Timestamp\":\"yesterday\"}",
        "{\"ShardIterator\":\"\"}", "{\"ShardIterator\":\"djF8fHx8fA==\"}", "{\"ShardIterator\":\"x\",\"Limit\":0}",
        "{\"NextToken\":\"zz\"}", "{\"NextToken\":\"zz\",\"StreamName\":\"fuzz\"}", "{\"Limit\":-1}",
        "{\"StreamName\":\"fuzz\",\"RetentionPeriodHours\":1}",
        "{\"StreamName\":\"fuzz\",\"RetentionPeriodHours\":9000}",
        "{\"StreamName\":\"fuzz\",\"Tags\":{}}", "{\"StreamName\":\"fuzz\",\"Tags\":{\"a\":1}}",
        "{\"StreamName\":\"fuzz\",\"TagKeys\":\"a\"}"};

    @AfterAll
    static void stop() {
        CLOUD.stop();
    }

    @Test
    void everyMalformedJsonOrCborRequestGetsAnAwsShapedAnswerInItsEncoding() throws IOException {
        CLOUD.kinesis().createStream("fuzz", null, 1);
        List<String> failures = new ArrayList<>();
        for (String operation : OPERATIONS) {
            for (String body : BODIES) {
                check(post(operation, JSON_TYPE, body.getBytes(StandardCharsets.UTF_8)), operation + " " + body,
                        failures);
                JsonNode tree = body.isEmpty() ? null : readQuietly(body);
                byte[] cbor = tree == null ? body.getBytes(StandardCharsets.UTF_8) : CBOR.writeValueAsBytes(tree);
                check(post(operation, CBOR_TYPE, cbor), "cbor " + operation + " " + body, failures);
            }
        }
        assertEquals(List.of(), failures);
        assertTheStreamStillWorks();
    }

    @Test
    void thousandsOfRandomRequestsLeaveTheEndpointServing() {
        Random random = new Random(30);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            byte[] garbage = new byte[random.nextInt(300)];
            random.nextBytes(garbage);
            String operation = OPERATIONS[random.nextInt(OPERATIONS.length)];
            check(post(operation, i % 2 == 0 ? JSON_TYPE : CBOR_TYPE, garbage), operation + " #" + i, failures);
        }
        assertEquals(List.of(), failures);
        assertTheStreamStillWorks();
    }

    private static void check(HttpResponse<byte[]> response, String what, List<String> failures) {
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        JsonNode body = decode(type, response.body());
        boolean ok = status == 200 && body != null;
        boolean shaped = status >= 400 && status < 500 && body != null && body.hasNonNull("__type")
                && body.hasNonNull("message");
        if (!ok && !shaped) {
            String text = new String(response.body(), StandardCharsets.UTF_8);
            failures.add(what + " -> " + status + " " + type + " " + text);
        }
    }

    private static JsonNode decode(String type, byte[] body) {
        try {
            return type.equals(CBOR_TYPE) ? CBOR.readTree(body) : JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static JsonNode readQuietly(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            return null;
        }
    }

    private static void assertTheStreamStillWorks() {
        String stream = KinesisTestCloud.unique("after-fuzz");
        HttpResponse<byte[]> created = post("CreateStream", JSON_TYPE,
                ("{\"StreamName\":\"" + stream + "\",\"ShardCount\":1}").getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> put = post("PutRecord", JSON_TYPE, ("{\"StreamName\":\"" + stream
                + "\",\"PartitionKey\":\"k\",\"Data\":\"YWxpdmU=\"}").getBytes(StandardCharsets.UTF_8));

        assertEquals(200, created.statusCode());
        assertEquals(200, put.statusCode(), new String(put.body(), StandardCharsets.UTF_8));
        assertEquals("alive", new String(CLOUD.kinesis().reader().recordsAfter(stream, "shardId-000000000000", null, 10)
                .get(0).data(), StandardCharsets.UTF_8));
    }

    private static HttpResponse<byte[]> post(String operation, String contentType, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(CLOUD.endpoint() + "/"))
                .header("Content-Type", contentType).header("X-Amz-Target", "Kinesis_20131202." + operation)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
