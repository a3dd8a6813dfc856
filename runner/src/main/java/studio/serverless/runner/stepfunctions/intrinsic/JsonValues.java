package studio.serverless.runner.stepfunctions.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;

/** Comparing JSON values as JSON does: 1, 1.0 and a long 1 are the same number. */
public final class JsonValues {

    /** For {@link JsonNode#equals(Comparator, JsonNode)}: numbers by value, everything else as Jackson does. */
    public static final Comparator<JsonNode> NUMERIC = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private JsonValues() {
    }

    /** A new empty JSON object. */
    public static com.fasterxml.jackson.databind.node.ObjectNode emptyObject() {
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }

    /** Whether {@code a} and {@code b} are the same JSON value. */
    public static boolean same(JsonNode a, JsonNode b) {
        return a.equals(NUMERIC, b);
    }
}
