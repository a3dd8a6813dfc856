package studio.serverless.runner.tagging;

/**
 * A tag rule that a request broke, for the service to report in its own words and with its own error code.
 *
 * @param rule what was broken
 * @param key  the tag key concerned (null for {@link Rule#TOO_MANY_TAGS})
 */
public record TagViolation(Rule rule, String key) {

    /** The rules AWS applies to tags in every service. */
    public enum Rule {
        /** More than {@link TagRules#MAX_TAGS} tags on one resource. */
        TOO_MANY_TAGS,
        /** A key shorter than 1 or longer than {@link TagRules#MAX_KEY_LENGTH} characters. */
        KEY_LENGTH,
        /** A value longer than {@link TagRules#MAX_VALUE_LENGTH} characters (or missing). */
        VALUE_LENGTH,
        /** A key starting with the reserved {@code aws:} prefix. */
        RESERVED_PREFIX
    }
}
