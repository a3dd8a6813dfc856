package studio.serverless.codegen.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import studio.serverless.codegen.GenerationException;

/** JSON for generated files, written by Jackson (so every string is escaped) with {@code \n} line breaks. */
public final class JsonText {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    /** The one instance templates get as {@code $json}. */
    public static final JsonText INSTANCE = new JsonText();

    private JsonText() {
    }

    /** A value as indented JSON, without a final line break. */
    public String pretty(Object value) {
        try {
            return PRETTY.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new GenerationException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A value as JSON on one line. */
    public static String compact(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new GenerationException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The JSON tree of a diagram property; fails naming the property's owner when the text is not JSON. */
    public static JsonNode parse(String text, String what) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new GenerationException(what + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A fresh, empty JSON object tree. */
    public static com.fasterxml.jackson.databind.node.ObjectNode object() {
        return MAPPER.createObjectNode();
    }
}
