package studio.serverless.runner.sqs.api;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import studio.serverless.runner.sqs.engine.MessageAttributeValue;
import studio.serverless.runner.sqs.engine.ReceivedMessage;
import studio.serverless.runner.sqs.engine.SentMessage;

/** How sent and received messages appear on the wire. */
final class MessageOutputs {

    private MessageOutputs() {
    }

    /** A send's result (SendMessage, or one SendMessageBatch entry). */
    static ActionOutput sent(SentMessage sent) {
        return new ActionOutput().put("MessageId", sent.messageId()).put("MD5OfMessageBody", sent.md5OfBody())
                .put("MD5OfMessageAttributes", sent.md5OfMessageAttributes())
                .put("MD5OfMessageSystemAttributes", sent.md5OfMessageSystemAttributes())
                .put("SequenceNumber", sent.sequenceNumber());
    }

    /** A received message. */
    static ActionOutput received(ReceivedMessage message) {
        ActionOutput output = new ActionOutput().put("MessageId", message.messageId())
                .put("ReceiptHandle", message.receiptHandle()).put("MD5OfBody", message.md5OfBody())
                .put("Body", message.body());
        if (!message.systemAttributes().isEmpty()) {
            output.putMap("Attributes", "Attribute", message.systemAttributes());
        }
        if (!message.messageAttributes().isEmpty()) {
            output.put("MD5OfMessageAttributes", message.md5OfMessageAttributes());
            output.putMap("MessageAttributes", "MessageAttribute", attributes(message.messageAttributes()));
        }
        return output;
    }

    private static Map<String, ActionOutput> attributes(Map<String, MessageAttributeValue> attributes) {
        Map<String, ActionOutput> values = new LinkedHashMap<>();
        attributes.forEach((name, value) -> values.put(name, new ActionOutput()
                .put("StringValue", value.stringValue())
                .put("BinaryValue", value.binaryValue() == null ? null
                        : Base64.getEncoder().encodeToString(value.binaryValue()))
                .put("DataType", value.dataType())));
        return values;
    }
}
