package studio.serverless.app.desktop.run.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;
import software.amazon.awssdk.services.sns.model.PublishResponse;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.endpoint.CallerIdentity;

/**
 * Publishes to a topic: subject, message and string attributes (which subscriptions' filter policies match);
 * on a FIFO topic also a message group id and a deduplication id (blank: a new one for each publish).
 */
final class TopicAction implements EntryAction {

    private final String topic;
    private final CloudClients clients;

    TopicAction(String topic, CloudClients clients) {
        this.topic = topic;
        this.clients = clients;
    }

    @Override
    public EntryKind kind() {
        return EntryKind.TOPIC;
    }

    @Override
    public String name() {
        return topic;
    }

    /** The topic's ARN in the local cloud. */
    String arn() {
        return "arn:aws:sns:" + LocalCloud.DEFAULT_REGION + ":" + CallerIdentity.ACCOUNT_ID + ":" + topic;
    }

    @Override
    public List<FormField> fields() {
        List<FormField> fields = new ArrayList<>(List.of(
                FormField.of("subject", "Subject", FieldKind.LINE, "Test from Serverless Studio"),
                FormField.of("message", "Message", FieldKind.TEXT, "{\"hello\": \"from the test panel\"}"),
                FormField.of("attributes", "Message attributes (name=value)", FieldKind.PAIRS, "")));
        if (topic.endsWith(".fifo")) {
            fields.add(FormField.of("groupId", "Message group id", FieldKind.LINE, "test-panel"));
            fields.add(FormField.of("deduplicationId", "Deduplication id (blank: a new one)", FieldKind.LINE, ""));
        }
        return fields;
    }

    @Override
    public ActionResult perform(FormValues values) {
        PublishRequest.Builder request = PublishRequest.builder().topicArn(arn()).message(values.text("message"))
                .messageAttributes(attributes(values));
        values.optional("subject").ifPresent(request::subject);
        if (topic.endsWith(".fifo")) {
            request.messageGroupId(values.text("groupId").strip()).messageDeduplicationId(
                    values.optional("deduplicationId").orElseGet(() -> UUID.randomUUID().toString()));
        }
        PublishResponse published = clients.sns().publish(request.build());
        return ActionResult.ok("Published message " + published.messageId() + " to " + topic,
                new ResultSection("Message id", published.messageId()), new ResultSection("Topic ARN", arn()));
    }

    private static Map<String, MessageAttributeValue> attributes(FormValues values) {
        return values.pairs("attributes", FieldKind.PAIRS).entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, entry -> MessageAttributeValue.builder().dataType("String")
                        .stringValue(entry.getValue()).build()));
    }
}
