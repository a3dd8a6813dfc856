package studio.serverless.runner.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.MutableClock;
import studio.serverless.runner.RecordingIntegrations;

/** A local cloud on an ephemeral port with real AWS SDK v2 EventBridge and SQS clients and recorded runtimes. */
final class EventsTestCloud implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret"));

    final MutableClock clock = new MutableClock();
    final LocalCloud cloud = LocalCloud.start(0, clock);
    final RecordingIntegrations runtimes = new RecordingIntegrations().pluggedInto(cloud);
    final EventBridgeClient events = EventBridgeClient.builder().endpointOverride(cloud.endpoint())
            .region(Region.US_EAST_1).credentialsProvider(CREDENTIALS).httpClient(UrlConnectionHttpClient.create())
            .build();
    final SqsClient sqs = SqsClient.builder().endpointOverride(cloud.endpoint()).region(Region.US_EAST_1)
            .credentialsProvider(CREDENTIALS).httpClient(UrlConnectionHttpClient.create()).build();

    /** A unique name with {@code prefix}. */
    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a queue; answers its URL. */
    String newQueue() {
        return sqs.createQueue(b -> b.queueName(unique("q"))).queueUrl();
    }

    /** The ARN of the queue at {@code url}. */
    String queueArn(String url) {
        return sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
    }

    /** Puts a rule with {@code pattern} on the default bus targeting a new queue; answers the queue's URL. */
    String ruleToNewQueue(String pattern) {
        String url = newQueue();
        String rule = unique("r");
        events.putRule(b -> b.name(rule).eventPattern(pattern));
        events.putTargets(b -> b.rule(rule).targets(Target.builder().id("queue").arn(queueArn(url)).build()));
        return url;
    }

    /** The bodies of the messages waiting in the queue (up to 10), which are deleted once received. */
    List<String> bodies(String url) {
        List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10)).messages();
        messages.forEach(message -> sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(message.receiptHandle())));
        return messages.stream().map(Message::body).toList();
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
        events.close();
        sqs.close();
        cloud.stop();
    }
}
