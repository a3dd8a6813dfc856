package studio.serverless.runner.s3.engine;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One S3 event notification record, as S3 sends it to Lambda, SQS and SNS (the shape of the
 * {@code s3-S3Put.json} and {@code s3-S3Delete.json} sample events).
 *
 * @param eventName       e.g. {@code ObjectCreated:Put}, {@code ObjectRemoved:Delete}
 * @param eventTime       when it happened
 * @param region          the bucket's region
 * @param bucket          the bucket name
 * @param key             the object key (URL-encoded in the record, as S3 does)
 * @param size            the object size, or -1 for removals (no size in the record)
 * @param etag            the ETag without quotes, or null for removals
 * @param sequencer       orders events about the same key
 * @param principalId     who made the request
 * @param sourceIp        where the request came from
 * @param requestId       the request's id
 * @param configurationId the id of the rule that matched
 */
public record S3EventRecord(String eventName, Instant eventTime, String region, String bucket, String key, long size,
        String etag, String sequencer, String principalId, String sourceIp, String requestId,
        String configurationId) {

    /** This record with {@code configurationId} set. */
    public S3EventRecord forRule(String id) {
        return new S3EventRecord(eventName, eventTime, region, bucket, key, size, etag, sequencer, principalId,
                sourceIp, requestId, id);
    }

    /** The event as a Lambda receives it: {@code {"Records": [this]}}, ready for a JSON writer. */
    public Map<String, Object> toEvent() {
        return Map.of("Records", List.of(toRecord()));
    }

    /** This record as the JSON object S3 sends. */
    public Map<String, Object> toRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("eventVersion", "2.1");
        record.put("eventSource", "aws:s3");
        record.put("awsRegion", region);
        record.put("eventTime", DateTimeFormatter.ISO_INSTANT.format(eventTime.truncatedTo(ChronoUnit.MILLIS)));
        record.put("eventName", eventName);
        record.put("userIdentity", Map.of("principalId", principalId));
        record.put("requestParameters", Map.of("sourceIPAddress", sourceIp));
        record.put("responseElements", Map.of("x-amz-request-id", requestId, "x-amz-id-2", requestId));
        Map<String, Object> s3 = new LinkedHashMap<>();
        s3.put("s3SchemaVersion", "1.0");
        s3.put("configurationId", configurationId);
        s3.put("bucket", Map.of("name", bucket, "ownerIdentity", Map.of("principalId", principalId),
                "arn", "arn:aws:s3:::" + bucket));
        s3.put("object", objectPart());
        record.put("s3", s3);
        return record;
    }

    private Map<String, Object> objectPart() {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("key", URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/"));
        if (size >= 0) {
            object.put("size", size);
            object.put("eTag", etag);
        }
        object.put("sequencer", sequencer);
        return object;
    }
}
