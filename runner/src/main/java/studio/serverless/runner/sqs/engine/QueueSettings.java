package studio.serverless.runner.sqs.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A queue's settable attributes with AWS's defaults filled in, validated as AWS validates them. Immutable:
 * {@link #with(Map)} returns new settings.
 *
 * @param values every settable attribute that has a value, by AWS attribute name
 */
public record QueueSettings(Map<String, String> values) {

    private static final Map<String, int[]> NUMERIC_RANGES = Map.of(
            "DelaySeconds", new int[] {0, 900},
            "MaximumMessageSize", new int[] {1_024, 1_048_576},
            "MessageRetentionPeriod", new int[] {60, 1_209_600},
            "ReceiveMessageWaitTimeSeconds", new int[] {0, 20},
            "VisibilityTimeout", new int[] {0, 43_200},
            "KmsDataKeyReusePeriodSeconds", new int[] {60, 86_400});
    private static final Set<String> BOOLEANS = Set.of("FifoQueue", "ContentBasedDeduplication", "SqsManagedSseEnabled");
    private static final Set<String> FIFO_ONLY = Set.of("ContentBasedDeduplication", "DeduplicationScope",
            "FifoThroughputLimit");
    private static final Set<String> FREE_TEXT = Set.of("Policy", "RedriveAllowPolicy", "KmsMasterKeyId",
            "DeduplicationScope", "FifoThroughputLimit", "RedrivePolicy");

    /** Copies the values. */
    public QueueSettings {
        values = Map.copyOf(values);
    }

    /** The defaults of a new standard or FIFO queue. */
    public static QueueSettings defaults(boolean fifo) {
        Map<String, String> values = new LinkedHashMap<>(Map.of("DelaySeconds", "0",
                "MaximumMessageSize", "1048576", "MessageRetentionPeriod", "345600",
                "ReceiveMessageWaitTimeSeconds", "0", "VisibilityTimeout", "30", "SqsManagedSseEnabled", "true"));
        if (fifo) {
            values.putAll(Map.of("FifoQueue", "true", "ContentBasedDeduplication", "false",
                    "DeduplicationScope", "queue", "FifoThroughputLimit", "perQueue"));
        }
        return new QueueSettings(values);
    }

    /** These settings with {@code changes} applied, each validated; throws {@link SqsException} on a bad one. */
    public QueueSettings with(Map<String, String> changes) {
        Map<String, String> next = new LinkedHashMap<>(values);
        changes.forEach((name, value) -> {
            validate(name, value);
            next.put(name, canonical(name, value));
        });
        if (next.containsKey("RedrivePolicy") && next.get("RedrivePolicy").isEmpty()) {
            next.remove("RedrivePolicy");
        }
        return new QueueSettings(next);
    }

    /** Whether {@code name} is an attribute a client may set. */
    public static boolean isSettable(String name) {
        return NUMERIC_RANGES.containsKey(name) || BOOLEANS.contains(name) || FREE_TEXT.contains(name);
    }

    private void validate(String name, String value) {
        if (!isSettable(name)) {
            throw new SqsException(SqsError.INVALID_ATTRIBUTE_NAME, "Unknown Attribute " + name + ".");
        }
        if (FIFO_ONLY.contains(name) && !fifo()) {
            throw new SqsException(SqsError.INVALID_ATTRIBUTE_NAME, "Unknown Attribute " + name + ".");
        }
        int[] range = NUMERIC_RANGES.get(name);
        if (range != null && !fitsRange(value, range) || BOOLEANS.contains(name) && !isBoolean(value)) {
            throw new SqsException(SqsError.INVALID_ATTRIBUTE_VALUE, "Invalid value for the parameter " + name + ".");
        }
        if (name.equals("RedrivePolicy") && !value.isEmpty()) {
            RedrivePolicy.parse(value);
        }
    }

    private static String canonical(String name, String value) {
        return BOOLEANS.contains(name) ? String.valueOf(Boolean.parseBoolean(value.toLowerCase())) : value;
    }

    private static boolean fitsRange(String value, int[] range) {
        try {
            int number = Integer.parseInt(value.trim());
            return number >= range[0] && number <= range[1];
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isBoolean(String value) {
        return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
    }

    /** Whether this is a FIFO queue. */
    public boolean fifo() {
        return "true".equals(values.get("FifoQueue"));
    }

    /** Whether FIFO deduplication uses the body's SHA-256 when no id is given. */
    public boolean contentBasedDeduplication() {
        return "true".equals(values.get("ContentBasedDeduplication"));
    }

    /** An integer attribute's value. */
    public int integer(String name) {
        return Integer.parseInt(values.get(name).trim());
    }

    /** The redrive policy, or null without one. */
    public RedrivePolicy redrivePolicy() {
        String json = values.get("RedrivePolicy");
        return json == null ? null : RedrivePolicy.parse(json);
    }
}
