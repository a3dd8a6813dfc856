package studio.serverless.model.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Parses JSON text into a tree, strictly (no duplicate fields, nothing after the top-level value), and turns
 * Jackson's multi-line errors into one line with the line and column.
 */
final class JsonSyntax {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonSyntax() {
    }

    /** The tree of the text, or a one-line message naming the file, the line and the column. */
    static LocatedNode parse(String text, String file) throws DiagramFormatException {
        if (text.isBlank()) {
            throw LocatedNode.root(file, MissingNode.getInstance())
                    .problem("the file is empty", "a JSON object with \"format\": \"" + DiagramFiles.FORMAT + "\"");
        }
        try {
            JsonNode tree = MAPPER.readTree(text);
            return LocatedNode.root(file, tree);
        } catch (JsonProcessingException e) {
            throw new DiagramFormatException(file + ": " + where(e.getLocation()) + ": " + whatIsWrong(e), e);
        }
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "$";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String whatIsWrong(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonEOFException) {
            return "the file ends in the middle of the JSON (is it cut off?); expected the rest of the document";
        }
        if (original.startsWith("Trailing token")) {
            return "more text after the end of the diagram; expected the file to end after the top-level object";
        }
        if (original.startsWith("Duplicate field")) {
            return firstLine(original).replace("Duplicate field", "the field") + " appears twice"
                    + "; expected each field once";
        }
        return "not valid JSON (" + firstLine(original) + "); expected well-formed JSON";
    }

    /** The message up to its first line break or location note, so it stays one readable line. */
    private static String firstLine(String message) {
        String line = message.lines().findFirst().orElse("").strip();
        int note = line.indexOf(" (start marker at");
        return note < 0 ? line : line.substring(0, note);
    }
}
