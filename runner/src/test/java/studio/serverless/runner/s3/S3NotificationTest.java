package studio.serverless.runner.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.Event;
import software.amazon.awssdk.services.s3.model.FilterRuleName;
import software.amazon.awssdk.services.s3.model.GetBucketNotificationConfigurationResponse;
import software.amazon.awssdk.services.s3.model.LambdaFunctionConfiguration;
import software.amazon.awssdk.services.s3.model.NotificationConfigurationFilter;
import software.amazon.awssdk.services.s3.model.QueueConfiguration;
import software.amazon.awssdk.services.s3.model.S3Exception;
import studio.serverless.runner.s3.engine.S3EventRecord;

/**
 * Event notifications: a configuration set through the SDK reads back the same; writes, copies, multipart
 * completions and deletes that pass its filters reach the engine's listeners as records shaped like AWS's
 * sample S3 events in the shared reference.
 */
class S3NotificationTest {

    private static final S3TestCloud CLOUD = new S3TestCloud();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<S3EventRecord> EVENTS = new CopyOnWriteArrayList<>();
    private static final String QUEUE_ARN = "arn:aws:sqs:us-east-1:000000000000:uploads";

    static {
        CLOUD.cloud.s3().addListener((rule, record) -> EVENTS.add(record));
    }

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    @Test
    void theConfigurationReadsBackAsWritten() {
        String bucket = configuredBucket();
        GetBucketNotificationConfigurationResponse read = CLOUD.s3.getBucketNotificationConfiguration(b -> b
                .bucket(bucket));
        QueueConfiguration queue = read.queueConfigurations().get(0);
        assertEquals(QUEUE_ARN, queue.queueArn());
        assertEquals("images", queue.id());
        assertEquals(List.of(Event.S3_OBJECT_CREATED), queue.events());
        assertEquals(List.of("uploads/", ".jpg"), queue.filter().key().filterRules().stream().map(r -> r.value())
                .toList());
        assertEquals("removals", read.lambdaFunctionConfigurations().get(0).id());
    }

    @Test
    void matchingChangesEmitRecordsForTheirRules() {
        String bucket = configuredBucket();
        EVENTS.clear();
        CLOUD.s3.putObject(b -> b.bucket(bucket).key("uploads/cat.jpg"), RequestBody.fromString("meow"));
        CLOUD.s3.putObject(b -> b.bucket(bucket).key("uploads/notes.txt"), RequestBody.fromString("skip"));
        CLOUD.s3.putObject(b -> b.bucket(bucket).key("other/dog.jpg"), RequestBody.fromString("skip"));
        CLOUD.s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("uploads/cat.jpg").destinationBucket(bucket)
                .destinationKey("uploads/cat copy.jpg"));
        String uploadId = CLOUD.s3.createMultipartUpload(b -> b.bucket(bucket).key("uploads/mp.jpg")).uploadId();
        String etag = CLOUD.s3.uploadPart(b -> b.bucket(bucket).key("uploads/mp.jpg").uploadId(uploadId)
                .partNumber(1), RequestBody.fromString("part")).eTag();
        CLOUD.s3.completeMultipartUpload(b -> b.bucket(bucket).key("uploads/mp.jpg").uploadId(uploadId)
                .multipartUpload(m -> m.parts(p -> p.partNumber(1).eTag(etag))));
        CLOUD.s3.deleteObject(b -> b.bucket(bucket).key("uploads/cat.jpg"));

        assertEquals(List.of("images ObjectCreated:Put uploads/cat.jpg",
                "images ObjectCreated:Copy uploads/cat+copy.jpg",
                "images ObjectCreated:CompleteMultipartUpload uploads/mp.jpg",
                "removals ObjectRemoved:Delete uploads/cat.jpg"), EVENTS.stream().map(e -> e.configurationId() + " "
                + e.eventName() + " " + e.toRecord().get("s3").toString().replaceAll(".*key=([^,}]+).*", "$1"))
                .toList());
        S3EventRecord put = EVENTS.get(0);
        assertEquals(4L, ((java.util.Map<?, ?>) ((java.util.Map<?, ?>) put.toRecord().get("s3")).get("object"))
                .get("size"));
    }

    @Test
    void recordsHaveTheFieldsOfAwsSampleEvents() throws IOException {
        String bucket = configuredBucket();
        EVENTS.clear();
        CLOUD.s3.putObject(b -> b.bucket(bucket).key("uploads/x.jpg"), RequestBody.fromString("x"));
        CLOUD.s3.deleteObject(b -> b.bucket(bucket).key("uploads/x.jpg"));
        assertEquals(fields(reference("s3-S3Put.json")), fields(JSON.valueToTree(EVENTS.get(0).toEvent())));
        assertEquals(fields(reference("s3-S3Delete.json")), fields(JSON.valueToTree(EVENTS.get(1).toEvent())));
        JsonNode record = JSON.valueToTree(EVENTS.get(0).toEvent()).get("Records").get(0);
        assertEquals("aws:s3", record.get("eventSource").asText());
        assertEquals("arn:aws:s3:::" + bucket, record.at("/s3/bucket/arn").asText());
        assertEquals("9dd4e461268c8034f5c8564e155c67a6", record.at("/s3/object/eTag").asText());
    }

    @Test
    void anUnknownEventIsInvalidArgument() {
        String bucket = CLOUD.newBucket();
        S3Exception error = assertThrows(S3Exception.class, () -> CLOUD.s3.putBucketNotificationConfiguration(b -> b
                .bucket(bucket).notificationConfiguration(n -> n.queueConfigurations(q -> q.queueArn(QUEUE_ARN)
                        .eventsWithStrings("s3:ObjectCreated:Teleport")))));
        assertEquals("InvalidArgument", error.awsErrorDetails().errorCode());
    }

    private static String configuredBucket() {
        String bucket = CLOUD.newBucket();
        NotificationConfigurationFilter filter = NotificationConfigurationFilter.builder().key(k -> k.filterRules(
                r -> r.name(FilterRuleName.PREFIX).value("uploads/"), r -> r.name(FilterRuleName.SUFFIX)
                        .value(".jpg"))).build();
        CLOUD.s3.putBucketNotificationConfiguration(b -> b.bucket(bucket).notificationConfiguration(n -> n
                .queueConfigurations(QueueConfiguration.builder().id("images").queueArn(QUEUE_ARN)
                        .events(Event.S3_OBJECT_CREATED).filter(filter).build())
                .lambdaFunctionConfigurations(LambdaFunctionConfiguration.builder().id("removals")
                        .lambdaFunctionArn("arn:aws:lambda:us-east-1:000000000000:function:clean")
                        .events(Event.S3_OBJECT_REMOVED).build())));
        return bucket;
    }

    private static JsonNode reference(String name) throws IOException {
        return JSON.readTree(studio.serverless.runner.ReferenceFiles.read("events/" + name));
    }

    /** Every field path of a JSON tree, e.g. {@code Records.s3.object.key}. */
    private static Set<String> fields(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        collect(node, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String path, Set<String> paths) {
        if (node.isArray()) {
            node.forEach(element -> collect(element, path, paths));
            return;
        }
        Iterator<String> names = node.fieldNames();
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        for (String name : list) {
            String child = path.isEmpty() ? name : path + "." + name;
            paths.add(child);
            collect(node.get(name), child, paths);
        }
    }
}
