package studio.serverless.app.desktop.run.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageResponse;

/**
 * Sends a message to a queue: body, string attributes and a delay; on a FIFO queue a message group id and a
 * deduplication id (blank: a new one for each send, so a resend is not dropped as a duplicate) instead of the
 * delay, which FIFO queues refuse per message.
 */
final class QueueAction implements EntryAction {

    private final String queue;
    private final CloudClients clients;

    QueueAction(String queue, CloudClients clients) {
        this.queue = queue;
        this.clients = clients;
    }

    @Override
    public EntryKind kind() {
        return EntryKind.QUEUE;
    }

    @Override
    public String name() {
        return queue;
    }

    private boolean fifo() {
        return queue.endsWith(".fifo");
    }

    @Override
    public List<FormField> fields() {
        List<FormField> fields = new ArrayList<>(List.of(
                FormField.of("body", "Body", FieldKind.TEXT, "{\"hello\": \"from the test panel\"}"),
                FormField.of("attributes", "Attributes (name=value)", FieldKind.PAIRS, "")));
        if (fifo()) {
            fields.add(FormField.of("groupId", "Message group id", FieldKind.LINE, "test-panel"));
            fields.add(FormField.of("deduplicationId", "Deduplication id (blank: a new one)", FieldKind.LINE, ""));
        } else {
            fields.add(FormField.of("delaySeconds", "Delay (s)", FieldKind.NUMBER, ""));
        }
        return fields;
    }

    @Override
    public ActionResult perform(FormValues values) {
        String url = clients.sqs().getQueueUrl(b -> b.queueName(queue)).queueUrl();
        SendMessageRequest.Builder request = SendMessageRequest.builder().queueUrl(url)
                .messageBody(values.text("body")).messageAttributes(attributes(values));
        if (fifo()) {
            request.messageGroupId(values.text("groupId").strip()).messageDeduplicationId(
                    values.optional("deduplicationId").orElseGet(() -> UUID.randomUUID().toString()));
        } else {
            values.number("delaySeconds").ifPresent(request::delaySeconds);
        }
        SendMessageResponse sent = clients.sqs().sendMessage(request.build());
        return ActionResult.ok("Sent message " + sent.messageId() + " to " + queue,
                new ResultSection("Message id", sent.messageId()),
                new ResultSection("MD5 of body", sent.md5OfMessageBody()),
                new ResultSection("Queue URL", url));
    }

    private static Map<String, MessageAttributeValue> attributes(FormValues values) {
        return values.pairs("attributes", FieldKind.PAIRS).entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, entry -> MessageAttributeValue.builder().dataType("String")
                        .stringValue(entry.getValue()).build()));
    }
}
