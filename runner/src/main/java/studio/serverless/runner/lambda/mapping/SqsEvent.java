package studio.serverless.runner.lambda.mapping;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.sqs.engine.MessageAttributeValue;
import studio.serverless.runner.sqs.engine.ReceivedMessage;

/** The event Lambda hands a function for a batch of SQS messages ({@code {"Records": [...]}}, as AWS sends it). */
final class SqsEvent {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SqsEvent() {
    }

    static byte[] of(List<ReceivedMessage> messages, String queueArn, String region) {
        ObjectNode event = JSON.createObjectNode();
        ArrayNode records = event.putArray("Records");
        for (ReceivedMessage message : messages) {
            ObjectNode record = records.addObject();
            record.put("messageId", message.messageId());
            record.put("receiptHandle", message.receiptHandle());
            record.put("body", message.body());
            ObjectNode attributes = record.putObject("attributes");
            message.systemAttributes().forEach(attributes::put);
            messageAttributes(record.putObject("messageAttributes"), message.messageAttributes());
            record.put("md5OfBody", message.md5OfBody());
            record.put("eventSource", "aws:sqs");
            record.put("eventSourceARN", queueArn);
            record.put("awsRegion", region);
        }
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void messageAttributes(ObjectNode target, Map<String, MessageAttributeValue> attributes) {
        attributes.forEach((name, value) -> {
            ObjectNode attribute = target.putObject(name);
            if (value.binaryValue() != null) {
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
