package studio.serverless.runner.tagging;

import java.util.Map;
import java.util.Optional;

/**
 * AWS's limits on tags, the same in SQS, SNS, EventBridge, DynamoDB, S3 and Lambda: at most 50 tags per resource,
 * keys of 1 to 128 characters, values of 0 to 256, and keys starting with {@code aws:} reserved for AWS.
 */
public final class TagRules {

    /** The most tags one resource may carry. */
    public static final int MAX_TAGS = 50;
    /** The longest key, in characters. */
    public static final int MAX_KEY_LENGTH = 128;
    /** The longest value, in characters. */
    public static final int MAX_VALUE_LENGTH = 256;
    /** The prefix of the keys AWS reserves for itself (matched case-insensitively). */
    public static final String RESERVED_PREFIX = "aws:";

    private TagRules() {
    }

    /**
     * The first rule that adding {@code added} to a resource that carries {@code current} breaks, if any. A key
     * already present is replaced, so it does not count twice.
     */
    public static Optional<TagViolation> check(Map<String, String> current, Map<String, String> added) {
        for (Map.Entry<String, String> tag : added.entrySet()) {
            Optional<TagViolation> violation = checkTag(tag.getKey(), tag.getValue());
            if (violation.isPresent()) {
                return violation;
            }
        }
        long total = current.size() + added.keySet().stream().filter(key -> !current.containsKey(key)).count();
        return total > MAX_TAGS ? Optional.of(new TagViolation(TagViolation.Rule.TOO_MANY_TAGS, null))
                : Optional.empty();
    }

    /** The first rule that the key {@code key} breaks, if any (keys named for removal are checked this way). */
    public static Optional<TagViolation> checkKey(String key) {
        if (key == null || key.isEmpty() || key.codePointCount(0, key.length()) > MAX_KEY_LENGTH) {
            return Optional.of(new TagViolation(TagViolation.Rule.KEY_LENGTH, key));
        }
        if (key.regionMatches(true, 0, RESERVED_PREFIX, 0, RESERVED_PREFIX.length())) {
            return Optional.of(new TagViolation(TagViolation.Rule.RESERVED_PREFIX, key));
        }
        return Optional.empty();
    }

    private static Optional<TagViolation> checkTag(String key, String value) {
        Optional<TagViolation> keyViolation = checkKey(key);
        if (keyViolation.isPresent()) {
            return keyViolation;
        }
        if (value == null || value.codePointCount(0, value.length()) > MAX_VALUE_LENGTH) {
            return Optional.of(new TagViolation(TagViolation.Rule.VALUE_LENGTH, key));
        }
        return Optional.empty();
    }
}
