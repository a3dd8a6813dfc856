package studio.serverless.runner.lambda.mapping.kinesis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Base64;
import studio.serverless.runner.kinesis.engine.StreamRecord;

/**
 * One Kinesis record as Lambda puts it in a function's event: {@code kinesis} (kinesisSchemaVersion 1.0,
 * partitionKey, sequenceNumber, base64 data, approximateArrivalTimestamp in epoch seconds with milliseconds),
 * eventSource {@code aws:kinesis}, eventVersion 1.0, eventID {@code SHARD:SEQUENCE}, eventName
 * {@code aws:kinesis:record}, invokeIdentityArn, awsRegion and eventSourceARN.
 */
final class KinesisEventRecord {

    /**
     * The execution role Lambda names as {@code invokeIdentityArn}; the local cloud runs functions without roles, so
     * every function gets this one.
     */
    static final String INVOKE_IDENTITY_ARN = "arn:aws:iam::000000000000:role/studio-local-execution-role";
    private static final ObjectMapper JSON = new ObjectMapper();

    private KinesisEventRecord() {
    }

    static ObjectNode of(StreamRecord streamRecord, String shardId, String streamArn) {
        ObjectNode node = JSON.createObjectNode();
        node.putObject("kinesis").put("kinesisSchemaVersion", "1.0")
                .put("partitionKey", streamRecord.partitionKey())
                .put("sequenceNumber", streamRecord.sequenceNumber())
                .put("data", Base64.getEncoder().encodeToString(streamRecord.data()))
                .put("approximateArrivalTimestamp",
                        BigDecimal.valueOf(streamRecord.approximateArrivalTimestamp().toEpochMilli(), 3));
        node.put("eventSource", "aws:kinesis").put("eventVersion", "1.0")
                .put("eventID", shardId + ":" + streamRecord.sequenceNumber())
                .put("eventName", "aws:kinesis:record").put("invokeIdentityArn", INVOKE_IDENTITY_ARN)
                .put("awsRegion", region(streamArn)).put("eventSourceARN", streamArn);
        return node;
    }

    /** The region is the fourth field of the stream ARN ({@code arn:aws:kinesis:REGION:...}). */
    private static String region(String streamArn) {
        String[] parts = streamArn.split(":", 5);
        return parts.length > 3 ? parts[3] : "";
    }
}
