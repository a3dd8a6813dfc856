package studio.serverless.runner.kinesis.engine;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A stream's retention period and tags; each change is journalled before it is made. */
public final class StreamSettings {

    private static final int MAX_TAGS_PER_CALL = 50;

    private final KinesisEngine engine;
    private final StreamJournal journal;

    StreamSettings(KinesisEngine engine, StreamJournal journal) {
        this.engine = engine;
        this.journal = journal;
    }

    /** Lengthens the retention period; a shorter one is refused, as on AWS. */
    public void increaseRetention(String stream, int hours) {
        changeRetention(stream, hours, true);
    }

    /** Shortens the retention period; a longer one is refused, as on AWS. */
    public void decreaseRetention(String stream, int hours) {
        changeRetention(stream, hours, false);
    }

    private void changeRetention(String name, int hours, boolean increase) {
        KinesisStream stream = engine.stream(name);
        checkRange(hours);
        synchronized (stream) {
            int current = stream.retentionHours();
            if (increase ? hours < current : hours > current) {
                throw KinesisException.invalidArgument("Requested retention period (" + hours + " hours) for stream "
                        + name + " can not be " + (increase ? "shorter" : "longer")
                        + " than existing retention period (" + current + " hours). Use "
                        + (increase ? "Decrease" : "Increase") + "RetentionPeriod API.");
            }
            journal.streamSaved(stream.snapshot().withRetention(hours));
            stream.retainFor(hours);
        }
    }

    /** Adds or overwrites up to 50 tags. */
    public void addTags(String name, Map<String, String> tags) {
        KinesisStream stream = engine.stream(name);
        if (tags.isEmpty() || tags.size() > MAX_TAGS_PER_CALL) {
            throw KinesisException.validation(tags.size() + " tags", "tags", "have length "
                    + (tags.isEmpty() ? "greater than or equal to 1" : "less than or equal to 50"));
        }
        synchronized (stream) {
            Map<String, String> changed = new TreeMap<>(stream.tags());
            changed.putAll(tags);
            journal.streamSaved(stream.snapshot().withTags(changed));
            stream.replaceTags(changed);
        }
    }

    /** Removes the tags with these keys (absent keys are ignored). */
    public void removeTags(String name, List<String> keys) {
        KinesisStream stream = engine.stream(name);
        synchronized (stream) {
            Map<String, String> changed = new TreeMap<>(stream.tags());
            keys.forEach(changed::remove);
            journal.streamSaved(stream.snapshot().withTags(changed));
            stream.replaceTags(changed);
        }
    }

    private static void checkRange(int hours) {
        if (hours < KinesisStream.MIN_RETENTION_HOURS) {
            throw KinesisException.invalidArgument("Minimum allowed retention period is "
                    + KinesisStream.MIN_RETENTION_HOURS + " hours. Requested retention period (" + hours
                    + " hours) is too short.");
        }
        if (hours > KinesisStream.MAX_RETENTION_HOURS) {
            throw KinesisException.invalidArgument("Maximum allowed retention period is "
                    + KinesisStream.MAX_RETENTION_HOURS + " hours. Requested retention period (" + hours
                    + " hours) is too long.");
        }
    }
}
