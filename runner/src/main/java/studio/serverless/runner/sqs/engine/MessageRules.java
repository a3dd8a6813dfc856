package studio.serverless.runner.sqs.engine;

/**
 * The checks SQS makes on a message before it accepts it: a body, its size, its characters, and the FIFO rules
 * on group id, deduplication id and per-message delays.
 */
final class MessageRules {

    private MessageRules() {
    }

    /** Throws the error AWS sends when {@code message} cannot go to a queue with {@code settings}. */
    static void check(NewMessage message, QueueSettings settings) {
        if (message.body() == null || message.body().isEmpty()) {
            throw SqsException.missingParameter("MessageBody");
        }
        int maximum = settings.integer("MaximumMessageSize");
        if (message.size() > maximum) {
            throw new SqsException(SqsError.INVALID_PARAMETER_VALUE,
                    "One or more parameters are invalid. Reason: Message must be shorter than " + maximum + " bytes.");
        }
        if (!hasOnlyAllowedCharacters(message.body())) {
            throw new SqsException(SqsError.INVALID_MESSAGE_CONTENTS, "Invalid binary character in message body.");
        }
        checkAttributes(message);
        if (message.delaySeconds() != null && (message.delaySeconds() < 0 || message.delaySeconds() > 900)) {
            throw SqsException.invalidParameter("DelaySeconds", message.delaySeconds(),
                    "DelaySeconds must be >= 0 and <= 900.");
        }
        if (settings.fifo()) {
            checkFifo(message, settings);
        }
    }

    private static void checkAttributes(NewMessage message) {
        message.attributes().forEach((name, value) -> {
            String base = value.baseType();
            boolean knownType = base.equals("String") || base.equals("Number") || base.equals("Binary");
            boolean hasValue = value.isBinary() ? value.binaryValue() != null : value.stringValue() != null;
            if (name.isEmpty() || !knownType || !hasValue) {
                throw new SqsException(SqsError.INVALID_PARAMETER_VALUE,
                        "The message attribute '" + name + "' has an invalid message attribute type or value.");
            }
        });
        if (message.attributes().size() > 10) {
            throw new SqsException(SqsError.INVALID_PARAMETER_VALUE,
                    "Number of message attributes [" + message.attributes().size() + "] exceeds the allowed maximum [10].");
        }
    }

    private static void checkFifo(NewMessage message, QueueSettings settings) {
        if (message.groupId() == null || message.groupId().isEmpty()) {
            throw SqsException.missingParameter("MessageGroupId");
        }
        if (message.delaySeconds() != null && message.delaySeconds() != 0) {
            throw SqsException.invalidParameter("DelaySeconds", message.delaySeconds(),
                    "The request include parameter that is not valid for this queue type");
        }
        if (message.deduplicationId() == null && !settings.contentBasedDeduplication()) {
            throw new SqsException(SqsError.INVALID_PARAMETER_VALUE, "The queue should either have "
                    + "ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly");
        }
    }

    private static boolean hasOnlyAllowedCharacters(String body) {
        return body.codePoints().allMatch(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF);
    }
}
