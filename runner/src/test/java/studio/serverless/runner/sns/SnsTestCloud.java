package studio.serverless.runner.sns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.MutableClock;
import studio.serverless.runner.RecordingIntegrations;

/** A local cloud on an ephemeral port with real AWS SDK v2 SNS and SQS clients and recorded function events. */
final class SnsTestCloud implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret"));

    final MutableClock clock = new MutableClock();
    final LocalCloud cloud = LocalCloud.start(0, clock);
    final RecordingIntegrations functions = new RecordingIntegrations().pluggedInto(cloud);
    final SnsClient sns = SnsClient.builder().endpointOverride(cloud.endpoint()).region(Region.US_EAST_1)
            .credentialsProvider(CREDENTIALS).httpClient(UrlConnectionHttpClient.create()).build();
    final SqsClient sqs = SqsClient.builder().endpointOverride(cloud.endpoint()).region(Region.US_EAST_1)
            .credentialsProvider(CREDENTIALS).httpClient(UrlConnectionHttpClient.create()).build();

    /** Creates a standard topic with a unique name and returns its ARN. */
    String newTopic() {
        return sns.createTopic(b -> b.name("t-" + UUID.randomUUID())).topicArn();
    }

    /** Creates a queue with a unique name and returns its URL. */
    String newQueue() {
        return sqs.createQueue(b -> b.queueName("q-" + UUID.randomUUID())).queueUrl();
    }

    /** The ARN of the queue at {@code url}. */
    String queueArn(String url) {
        return sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
    }

    /** Subscribes a new queue to {@code topicArn} with the given subscription attributes; returns its URL. */
    String subscribedQueue(String topicArn, Map<String, String> attributes) {
        String url = newQueue();
        sns.subscribe(b -> b.topicArn(topicArn).protocol("sqs").endpoint(queueArn(url)).attributes(attributes));
        return url;
    }

    /** Every message waiting in the queue (up to 10), received with all their message attributes. */
    List<Message> drain(String url) {
        return sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10).messageAttributeNames("All"))
                .messages();
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        sns.close();
        sqs.close();
        cloud.stop();
    }
}
