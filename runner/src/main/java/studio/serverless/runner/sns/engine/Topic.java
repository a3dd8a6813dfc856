package studio.serverless.runner.sns.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * A topic: its ARN, its settable attributes and, for FIFO topics, the deduplication window and sequence
 * numbers. Attribute changes are synchronized; the rest is immutable.
 */
public final class Topic {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final Set<String> SETTABLE = Set.of("DisplayName", "Policy", "DeliveryPolicy", "KmsMasterKeyId",
            "TracingConfig", "SignatureVersion", "ContentBasedDeduplication", "ArchivePolicy", "DataProtectionPolicy",
            "FifoThroughputScope");

    private final String name;
    private final String arn;
    private final boolean fifo;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final FifoWindow fifoWindow = new FifoWindow();
    private final LongAdder published = new LongAdder();

    Topic(String name, String arn, Map<String, String> attributes) {
        this.fifo = "true".equalsIgnoreCase(attributes.getOrDefault("FifoTopic", "false"));
        checkName(name, fifo);
        this.name = name;
        this.arn = arn;
        attributes.forEach((attribute, value) -> {
            if (!attribute.equals("FifoTopic")) {
                set(attribute, value);
            }
        });
    }

    private static void checkName(String name, boolean fifo) {
        String base = name.endsWith(".fifo") ? name.substring(0, name.length() - 5) : name;
        if (fifo && (!name.endsWith(".fifo") || !NAME.matcher(base).matches() || name.length() > 256)) {
            throw SnsException.invalidParameter("Fifo Topic names must end with .fifo and must be made up of only "
                    + "uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, and must be between "
                    + "1 and 256 characters long.");
        }
        if (!fifo && !NAME.matcher(name).matches()) {
            throw SnsException.invalidParameter("Topic Name");
        }
    }

    /** Sets one settable attribute; InvalidParameter for any other name or a bad value. */
    synchronized void set(String attribute, String value) {
        check(attribute, value);
        attributes.put(attribute, value);
    }

    private void check(String attribute, String value) {
        if (!SETTABLE.contains(attribute) || attribute.equals("ContentBasedDeduplication") && !fifo) {
            throw SnsException.invalidParameter("AttributeName");
        }
        if (attribute.equals("ContentBasedDeduplication") && !value.matches("(?i)true|false")) {
            throw SnsException.invalidParameter("ContentBasedDeduplication");
        }
    }

    /** The topic as it is kept. */
    synchronized TopicRecord record() {
        Map<String, String> kept = new LinkedHashMap<>(attributes);
        if (fifo) {
            kept.put("FifoTopic", "true");
        }
        return new TopicRecord(name, arn, kept);
    }

    /** The topic as it is kept once {@code attribute} is set; InvalidParameter when it cannot be. */
    synchronized TopicRecord recordWith(String attribute, String value) {
        check(attribute, value);
        TopicRecord now = record();
        Map<String, String> changed = new LinkedHashMap<>(now.attributes());
        changed.put(attribute, value);
        return new TopicRecord(name, arn, changed);
    }

    /** The attributes set on the topic (not the derived ones). */
    public synchronized Map<String, String> attributes() {
        return Map.copyOf(attributes);
    }

    /** How many messages were published to the topic since the local cloud started (duplicates included). */
    public long published() {
        return published.sum();
    }

    void countPublished() {
        published.increment();
    }

    /** The topic's name. */
    public String name() {
        return name;
    }

    /** The topic's ARN. */
    public String arn() {
        return arn;
    }

    /** Whether this is a FIFO topic. */
    public boolean fifo() {
        return fifo;
    }

    /** Whether FIFO messages without a deduplication id are deduplicated by their body's SHA-256. */
    public synchronized boolean contentBasedDeduplication() {
        return "true".equalsIgnoreCase(attributes.get("ContentBasedDeduplication"));
    }

    FifoWindow fifoWindow() {
        return fifoWindow;
    }
}
