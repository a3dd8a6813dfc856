package studio.serverless.runner.kinesis.engine;

import java.util.List;
import java.util.Map;

/** A stream's retention period and tags. */
public final class StreamSettings {

    private static final int MAX_TAGS_PER_CALL = 50;

    private final KinesisEngine engine;

    StreamSettings(KinesisEngine engine) {
        this.engine = engine;
    }

    /** Lengthens the retention period; a shorter one is refused, as on AWS. */
    public void increaseRetention(String stream, int hours) {
        KinesisStream found = engine.stream(stream);
        checkRange(hours);
        if (hours < found.retentionHours()) {
            throw KinesisException.invalidArgument("Requested retention period (" + hours + " hours) for stream "
                    + stream + " can not be shorter than existing retention period (" + found.retentionHours()
                    + " hours). Use DecreaseRetentionPeriod API.");
        }
        found.retainFor(hours);
    }

    /** Shortens the retention period; a longer one is refused, as on AWS. */
    public void decreaseRetention(String stream, int hours) {
        KinesisStream found = engine.stream(stream);
        checkRange(hours);
        if (hours > found.retentionHours()) {
            throw KinesisException.invalidArgument("Requested retention period (" + hours + " hours) for stream "
                    + stream + " can not be longer than existing retention period (" + found.retentionHours()
                    + " hours). Use IncreaseRetentionPeriod API.");
        }
        found.retainFor(hours);
    }

    /** Adds or overwrites up to 50 tags. */
    public void addTags(String stream, Map<String, String> tags) {
        KinesisStream found = engine.stream(stream);
        if (tags.isEmpty() || tags.size() > MAX_TAGS_PER_CALL) {
            throw KinesisException.validation(tags.size() + " tags", "tags", "have length "
                    + (tags.isEmpty() ? "greater than or equal to 1" : "less than or equal to 50"));
        }
        found.tag(tags);
    }

    /** Removes the tags with these keys (absent keys are ignored). */
    public void removeTags(String stream, List<String> keys) {
        engine.stream(stream).untag(keys);
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
