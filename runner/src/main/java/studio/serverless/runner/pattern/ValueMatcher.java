package studio.serverless.runner.pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** One entry of a pattern's value list: it matches a value found in the document, or the value's absence. */
interface ValueMatcher {

    /** Whether this matcher accepts {@code value}, one leaf found at the field's path (never an array). */
    boolean matches(JsonNode value);

    /** Whether this matcher accepts a field that is absent; only {@code "exists": false} does. */
    default boolean matchesAbsent() {
        return false;
    }
}
