package studio.serverless.runner.mapping;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.sqs.engine.MessageAttributeValue;
import studio.serverless.runner.sqs.engine.ReceivedMessage;

/**
 * The event Lambda sends a function for a batch of SQS messages ({@code shared/reference/events/sqs-Sqs.json}):
 * a {@code Records} list with each message's id, receipt handle, body, system attributes, message attributes in
 * Lambda's camel-case form, MD5 of the body, and the queue's ARN and region.
 */
final class SqsEvents {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SqsEvents() {
    }

    static byte[] of(List<ReceivedMessage> batch, String queueArn, String region) {
        ObjectNode event = JSON.objectNode();
        ArrayNode records = event.putArray("Records");
        for (ReceivedMessage message : batch) {
            ObjectNode record = records.addObject().put("messageId", message.messageId())
                    .put("receiptHandle", message.receiptHandle()).put("body", message.body());
            ObjectNode attributes = record.putObject("attributes");
            message.systemAttributes().forEach(attributes::put);
            messageAttributes(record.putObject("messageAttributes"), message.messageAttributes());
            record.put("md5OfBody", message.md5OfBody());
            if (message.md5OfMessageAttributes() != null) {
                record.put("md5OfMessageAttributes", message.md5OfMessageAttributes());
            }
            record.put("eventSource", "aws:sqs").put("eventSourceARN", queueArn).put("awsRegion", region);
        }
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void messageAttributes(ObjectNode target, Map<String, MessageAttributeValue> attributes) {
        attributes.forEach((name, value) -> {
            ObjectNode attribute = target.putObject(name);
            if (value.isBinary()) {
                attribute.put("binaryValue", Base64.getEncoder().encodeToString(value.binaryValue()));
            } else {
                attribute.put("stringValue", value.stringValue());
            }
            attribute.putArray("stringListValues");
            attribute.putArray("binaryListValues");
            attribute.put("dataType", value.dataType());
        });
    }
}
