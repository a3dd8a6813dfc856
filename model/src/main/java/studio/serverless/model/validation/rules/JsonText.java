package studio.serverless.model.validation.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Parses the JSON text of JSON-typed properties, strictly: one document, nothing after it. */
final class JsonText {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonText() {
    }

    /** The document a text holds; fails with Jackson's exception (which knows line and column) otherwise. */
    static JsonNode parse(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    /** Where and why parsing failed, e.g. {@code line 2, column 5: Unexpected character ('}')}. */
    static String describe(JsonProcessingException failure) {
        JsonLocation location = failure.getLocation();
        String where = location == null ? "" : "line " + location.getLineNr() + ", column "
                + location.getColumnNr() + ": ";
        String reason = failure.getOriginalMessage();
        return where + reason.lines().findFirst().orElse(reason);
    }
}
