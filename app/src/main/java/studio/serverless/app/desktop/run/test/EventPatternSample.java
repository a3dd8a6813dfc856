package studio.serverless.app.desktop.run.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The source and detail-type an event needs to match a rule's pattern: the first plain value each field of the
 * pattern lists, or a neutral value when the pattern does not constrain it (or is not readable).
 *
 * @param source     the event's source
 * @param detailType the event's detail-type
 */
record EventPatternSample(String source, String detailType) {

    /** What an event with no pattern to match starts with. */
    static final EventPatternSample NEUTRAL = new EventPatternSample("studio.test-panel", "Test event");

    /** The sample for a rule's {@code eventPattern} text (null or blank allowed). */
    static EventPatternSample of(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return NEUTRAL;
        }
        try {
            JsonNode node = JsonDocuments.mapper().readTree(pattern);
            return new EventPatternSample(first(node.path("source"), NEUTRAL.source()),
                    first(node.path("detail-type"), NEUTRAL.detailType()));
        } catch (JsonProcessingException e) {
            return NEUTRAL;
        }
    }

    private static String first(JsonNode values, String fallback) {
        for (JsonNode value : values) {
            if (value.isTextual()) {
                return value.asText();
            }
        }
        return fallback;
    }
}
