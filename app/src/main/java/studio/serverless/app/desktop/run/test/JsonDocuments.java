package studio.serverless.app.desktop.run.test;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Optional;

/** Strict JSON for the test panel: one document and nothing after it, problems told by line and column. */
public final class JsonDocuments {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private JsonDocuments() {
    }

    /** The shared mapper (strict reading, indented writing). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * What is wrong with {@code text} as JSON, e.g. {@code line 2, column 5: Unexpected character ('}')...}, or
     * empty when it is one well-formed document.
     */
    public static Optional<String> problem(String text) {
        if (text.isBlank()) {
            return Optional.of("line 1, column 1: expected a JSON value, found nothing");
        }
        try {
            MAPPER.readTree(text);
            return Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.of(describe(e));
        }
    }

    /** {@code text} indented when it is JSON, else as it is (a plain-text answer stays readable). */
    public static String pretty(String text) {
        if (text == null || text.isBlank()) {
            return text == null ? "" : text;
        }
        try {
            JsonNode document = MAPPER.readTree(text);
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException notJson) {
            return text;
        }
    }

    private static String describe(JsonProcessingException failure) {
        JsonLocation location = failure.getLocation();
        String where = location == null ? "" : "line " + location.getLineNr() + ", column "
                + location.getColumnNr() + ": ";
        String reason = failure.getOriginalMessage();
        return where + reason.lines().findFirst().orElse(reason);
    }
}
