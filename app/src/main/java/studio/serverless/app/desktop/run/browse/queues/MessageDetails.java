package studio.serverless.app.desktop.run.browse.queues;

import java.util.Base64;
import java.util.TreeMap;

import studio.serverless.runner.sqs.engine.MessageAttributeValue;
import studio.serverless.runner.sqs.engine.PeekedMessage;

/** A peeked message written out for reading: body, system attributes and message attributes. */
public final class MessageDetails {

    private MessageDetails() {
    }

    /** The message as text, one attribute a line. */
    public static String describe(PeekedMessage message) {
        StringBuilder text = new StringBuilder();
        text.append("Message ").append(message.messageId()).append(" (").append(message.state()).append(", received ")
                .append(message.receiveCount()).append(message.receiveCount() == 1 ? " time" : " times")
                .append(", sent ").append(message.sentAt()).append(")\n\nBody:\n").append(message.body())
                .append("\n\nAttributes:\n");
        new TreeMap<>(message.systemAttributes()).forEach((name, value) ->
                text.append("  ").append(name).append(" = ").append(value).append('\n'));
        text.append("\nMessage attributes:\n");
        if (message.messageAttributes().isEmpty()) {
            text.append("  (none)\n");
        }
        new TreeMap<>(message.messageAttributes()).forEach((name, value) ->
                text.append("  ").append(name).append(" (").append(value.dataType()).append(") = ")
                        .append(valueText(value)).append('\n'));
        return text.toString();
    }

    private static String valueText(MessageAttributeValue value) {
        return value.isBinary() ? Base64.getEncoder().encodeToString(value.binaryValue()) : value.stringValue();
    }
}
