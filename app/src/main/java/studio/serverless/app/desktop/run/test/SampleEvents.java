package studio.serverless.app.desktop.run.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studio.serverless.model.catalog.ConnectionCategory;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.endpoint.CallerIdentity;

/**
 * The sample events a function can be invoked with: one per trigger connection reaching it (an API route, a
 * queue, a bucket notification, a topic subscription, an EventBridge rule, a table's stream, a Kinesis stream),
 * each AWS's sample event for that trigger with the diagram's names and the local cloud's ARNs in it; then an
 * empty event, for a function nothing triggers (or one called from a state machine).
 */
final class SampleEvents {

    /** The slots every template may use: where and whose. */
    static final Map<String, String> COMMON = Map.of("region", LocalCloud.DEFAULT_REGION, "partition", "aws",
            "account_id", CallerIdentity.ACCOUNT_ID, "accountId", CallerIdentity.ACCOUNT_ID,
            "dns_suffix", LocalCloud.DEFAULT_REGION + ".amazonaws.com");

    private SampleEvents() {
    }

    /** The samples for {@code function} of {@code diagram}, its triggers first, in diagram order. */
    static List<SampleEvent> of(Diagram diagram, Service function) {
        List<SampleEvent> samples = new ArrayList<>();
        for (Connection connection : diagram.connectionsOf(function.id())) {
            if (connection.target().equals(function.id())
                    && connection.type().category() == ConnectionCategory.TRIGGER) {
                sample(diagram.require(connection.source()), connection).ifPresent(samples::add);
            }
        }
        samples.add(new SampleEvent("Empty event", "{}"));
        return samples;
    }

    private static Optional<SampleEvent> sample(Service source, Connection connection) {
        return switch (connection.type()) {
            case API_INTEGRATION -> ApiSampleEvents.of(source, connection.properties().text("route"));
            case SQS_EVENT_SOURCE -> Optional.of(sqs(source.name()));
            case S3_NOTIFICATION -> Optional.of(s3(source.name(), connection));
            case SNS_SUBSCRIPTION -> Optional.of(event("SNS notification from " + source.name(), "sns-Sns",
                    Map.of("topic", source.name(), "subject", "example subject", "message", "example message")));
            case EVENTBRIDGE_TARGET -> Optional.of(RuleSampleEvents.of(source, connection));
            case DYNAMODB_STREAM -> Optional.of(event("DynamoDB stream records of " + source.name(),
                    "dynamodb-DynamoDBUpdate", Map.of("table", source.name())));
            case KINESIS_STREAM -> Optional.of(kinesis(source.name()));
            default -> Optional.empty();
        };
    }

    /** A template filled with the common slots and {@code slots}, as a sample. */
    static SampleEvent event(String label, String template, Map<String, ?> slots) {
        return new SampleEvent(label, pretty(EventTemplate.fill(template, withCommon(slots))));
    }

    static Map<String, Object> withCommon(Map<String, ?> slots) {
        Map<String, Object> all = new HashMap<>(COMMON);
        all.putAll(slots);
        return all;
    }

    static String pretty(ObjectNode event) {
        try {
            return JsonDocuments.mapper().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SampleEvent sqs(String queue) {
        String body = "Hello from SQS!";
        return event("SQS message from " + queue, "sqs-Sqs", Map.of("queue_name", queue, "body", body,
                "md5_of_body", Md5.hex(body)));
    }

    private static SampleEvent s3(String bucket, Connection notification) {
        String key = notification.properties().text("prefix") + "example" + notification.properties().text("suffix");
        return event("S3 upload to " + bucket, "s3-S3Put", Map.of("bucket", bucket,
                "key", URLEncoder.encode(key, StandardCharsets.UTF_8)));
    }

    private static SampleEvent kinesis(String stream) {
        ObjectNode event = EventTemplate.fill("kinesis-Kinesis", withCommon(Map.of("partition_key", "partitionKey-03",
                "data", java.util.Base64.getEncoder().encodeToString("Hello, this is a test 123."
                        .getBytes(StandardCharsets.UTF_8)),
                "sequence", "49545115243490985018280067714973144582180062593244200961")));
        ((ObjectNode) event.withArray("Records").get(0)).put("eventSourceARN", "arn:aws:kinesis:"
                + LocalCloud.DEFAULT_REGION + ":" + CallerIdentity.ACCOUNT_ID + ":stream/" + stream);
        return new SampleEvent("Kinesis records of " + stream, pretty(event));
    }

    /** An empty JSON object, for templates' object slots. */
    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }
}
