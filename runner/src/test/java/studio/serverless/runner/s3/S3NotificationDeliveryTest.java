package studio.serverless.runner.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.model.Event;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Bucket notifications configured through the SDK reach queues and topics as S3 sends them: an SQS message whose
 * body is the {@code {"Records": [...]}} document, and an SNS message with the subject "Amazon S3 Notification"
 * (read here through a queue subscribed to the topic). A destination that does not exist drops the notification
 * and leaves the upload, and the endpoint, working.
 */
class S3NotificationDeliveryTest {

    private static final S3TestCloud CLOUD = new S3TestCloud();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SqsClient SQS = SqsClient.builder().region(Region.US_EAST_1)
            .credentialsProvider(S3TestCloud.CREDENTIALS).endpointOverride(CLOUD.cloud.endpoint()).build();
    private static final SnsClient SNS = SnsClient.builder().region(Region.US_EAST_1)
            .credentialsProvider(S3TestCloud.CREDENTIALS).endpointOverride(CLOUD.cloud.endpoint()).build();

    @AfterAll
    static void stop() {
        SQS.close();
        SNS.close();
        CLOUD.close();
    }

    @Test
    void aQueueDestinationGetsTheRecordsAsAMessageBody() throws IOException {
        String queueUrl = SQS.createQueue(b -> b.queueName("uploads-" + System.nanoTime())).queueUrl();
        String bucket = CLOUD.newBucket();
        CLOUD.s3.putBucketNotificationConfiguration(b -> b.bucket(bucket).notificationConfiguration(n -> n
                .queueConfigurations(q -> q.id("to-queue").queueArn(arnOf(queueUrl)).events(Event.S3_OBJECT_CREATED))));

        CLOUD.s3.putObject(b -> b.bucket(bucket).key("in/report.csv"), RequestBody.fromString("a,b"));

        JsonNode record = JSON.readTree(receiveOne(queueUrl).body()).get("Records").get(0);
        assertEquals("ObjectCreated:Put", record.get("eventName").asText());
        assertEquals("to-queue", record.at("/s3/configurationId").asText());
        assertEquals("in/report.csv", record.at("/s3/object/key").asText());
        assertEquals(bucket, record.at("/s3/bucket/name").asText());
    }

    @Test
    void aTopicDestinationPublishesWithS3sSubject() throws IOException {
        String queueUrl = SQS.createQueue(b -> b.queueName("topic-reader-" + System.nanoTime())).queueUrl();
        String topicArn = SNS.createTopic(b -> b.name("uploads-" + System.nanoTime())).topicArn();
        SNS.subscribe(b -> b.topicArn(topicArn).protocol("sqs").endpoint(arnOf(queueUrl)));
        String bucket = CLOUD.newBucket();
        CLOUD.s3.putBucketNotificationConfiguration(b -> b.bucket(bucket).notificationConfiguration(n -> n
                .topicConfigurations(t -> t.id("to-topic").topicArn(topicArn).events(Event.S3_OBJECT_REMOVED))));
        CLOUD.s3.putObject(b -> b.bucket(bucket).key("old.txt"), RequestBody.fromString("x"));

        CLOUD.s3.deleteObject(b -> b.bucket(bucket).key("old.txt"));

        JsonNode envelope = JSON.readTree(receiveOne(queueUrl).body());
        assertEquals("Amazon S3 Notification", envelope.get("Subject").asText());
        JsonNode record = JSON.readTree(envelope.get("Message").asText()).get("Records").get(0);
        assertEquals("ObjectRemoved:Delete", record.get("eventName").asText());
        assertEquals("old.txt", record.at("/s3/object/key").asText());
    }

    @Test
    void aMissingQueueDropsTheNotificationAndKeepsTheUpload() {
        String bucket = CLOUD.newBucket();
        CLOUD.s3.putBucketNotificationConfiguration(b -> b.bucket(bucket).notificationConfiguration(n -> n
                .queueConfigurations(q -> q.queueArn("arn:aws:sqs:us-east-1:000000000000:no-such-queue")
                        .events(Event.S3_OBJECT_CREATED))));

        CLOUD.s3.putObject(b -> b.bucket(bucket).key("kept.txt"), RequestBody.fromString("kept"));

        assertEquals("kept", CLOUD.s3.getObjectAsBytes(b -> b.bucket(bucket).key("kept.txt")).asUtf8String());
        assertTrue(CLOUD.cloud.sqs().queueNames("no-such").isEmpty(), "no queue made up for the notification");
    }

    private static String arnOf(String queueUrl) {
        return SQS.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNamesWithStrings("QueueArn"))
                .attributesAsStrings().get("QueueArn");
    }

    /** Long-polls (up to 5 s) for the one message the test expects. */
    private static Message receiveOne(String queueUrl) {
        List<Message> messages = SQS.receiveMessage(b -> b.queueUrl(queueUrl).waitTimeSeconds(5)).messages();
        assertEquals(1, messages.size(), "one notification message");
        return messages.get(0);
    }
}
