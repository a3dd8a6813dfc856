package studio.serverless.model.statemachine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Fills a definition's substitution variables as Step Functions' DefinitionSubstitutions do: every
 * {@code ${Name}} of a known variable inside a string becomes its value; unknown ones are left as written. Only
 * string values change (never keys or structure), so a value holding quotes cannot break the JSON.
 */
public final class DefinitionSubstitutions {

    private DefinitionSubstitutions() {
    }

    /** A copy of {@code definition} with {@code values} (variable name to value) put in. */
    public static JsonNode apply(JsonNode definition, Map<String, String> values) {
        JsonNode copy = definition.deepCopy();
        return values.isEmpty() ? copy : substituted(copy, values);
    }

    private static JsonNode substituted(JsonNode node, Map<String, String> values) {
        if (node.isTextual()) {
            return TextNode.valueOf(substituted(node.asText(), values));
        }
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(substituted(field.getValue(), values));
            }
        } else if (node instanceof ArrayNode array) {
            for (int index = 0; index < array.size(); index++) {
                array.set(index, substituted(array.get(index), values));
            }
        }
        return node;
    }

    private static String substituted(String text, Map<String, String> values) {
        String result = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            result = result.replace("${" + value.getKey() + "}", value.getValue());
        }
        return result;
    }
}
