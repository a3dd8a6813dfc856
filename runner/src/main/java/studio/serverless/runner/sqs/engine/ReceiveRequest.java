package studio.serverless.runner.sqs.engine;

import java.util.List;
import java.util.Set;

/**
 * The parameters of a receive.
 *
 * @param maxMessages           how many messages at most, 1 to 10
 * @param visibilityTimeout     the visibility timeout in seconds for the returned messages, or null for the queue's
 * @param waitTimeSeconds       how long to wait for a message, 0 to 20, or null for the queue's
 * @param systemAttributeNames  the system attributes to return ({@code All} for every one)
 * @param messageAttributeNames the message attributes to return: names, {@code All}, {@code .*} or {@code prefix.*}
 */
public record ReceiveRequest(int maxMessages, Integer visibilityTimeout, Integer waitTimeSeconds,
        Set<String> systemAttributeNames, List<String> messageAttributeNames) {

    /** Validates the ranges AWS enforces and copies the collections. */
    public ReceiveRequest {
        if (maxMessages < 1 || maxMessages > 10) {
            throw SqsException.invalidParameter("MaxNumberOfMessages", maxMessages,
                    "Must be between 1 and 10, if provided.");
        }
        if (waitTimeSeconds != null && (waitTimeSeconds < 0 || waitTimeSeconds > 20)) {
            throw SqsException.invalidParameter("WaitTimeSeconds", waitTimeSeconds,
                    "Must be >= 0 and <= 20, if provided.");
        }
        if (visibilityTimeout != null && (visibilityTimeout < 0 || visibilityTimeout > 43_200)) {
            throw SqsException.invalidParameter("VisibilityTimeout", visibilityTimeout,
                    "Must be >= 0 and <= 43200, if provided.");
        }
        systemAttributeNames = Set.copyOf(systemAttributeNames);
        messageAttributeNames = List.copyOf(messageAttributeNames);
    }

    /** A receive of up to {@code maxMessages} with no waiting and no attributes. */
    public static ReceiveRequest of(int maxMessages) {
        return new ReceiveRequest(maxMessages, null, 0, Set.of(), List.of());
    }

    /** Whether a message attribute of this name is to be returned. */
    public boolean wantsMessageAttribute(String name) {
        for (String pattern : messageAttributeNames) {
            if (pattern.equals("All") || pattern.equals(".*") || pattern.equals(name)
                    || pattern.endsWith(".*") && name.startsWith(pattern.substring(0, pattern.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether this system attribute is to be returned. */
    public boolean wantsSystemAttribute(String name) {
        return systemAttributeNames.contains("All") || systemAttributeNames.contains(name);
    }
}
