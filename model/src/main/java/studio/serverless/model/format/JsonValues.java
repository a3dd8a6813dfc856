package studio.serverless.model.format;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import studio.serverless.model.diagram.PropertyValues;

/**
 * Turns a JSON property value into the Java value {@link PropertyValues} holds: a string, an {@link Integer} for a
 * whole number in int range, a {@link Boolean}, a list of strings, or {@code null}. Anything else comes back in a
 * shape no property spec fits, so the caller reports it.
 */
final class JsonValues {

    private JsonValues() {
    }

    /**
     * The Java value of a node; with {@code stringElements}, an array must hold only strings (a wrong element is
     * reported at its own path).
     */
    static Object toJava(LocatedNode value, boolean stringElements) throws DiagramFormatException {
        JsonNode node = value.node();
        if (node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isNumber()) {
            return isWhole(node) && inIntRange(node) ? Integer.valueOf(node.intValue()) : node.numberValue();
        }
        if (node.isArray() && stringElements) {
            return strings(value);
        }
        return node;
    }

    /** Whether a number node has no fractional part ({@code 10} and {@code 10.0}, not {@code 3.5}). */
    static boolean isWhole(JsonNode node) {
        if (node.isIntegralNumber()) {
            return true;
        }
        double number = node.doubleValue();
        return Double.isFinite(number) && number == Math.rint(number);
    }

    private static boolean inIntRange(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.canConvertToInt();
        }
        double number = node.doubleValue();
        return number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE;
    }

    private static List<String> strings(LocatedNode array) throws DiagramFormatException {
        List<String> strings = new ArrayList<>();
        for (LocatedNode element : array.optionalArray("a list of strings")) {
            strings.add(element.requireText(false, "a string"));
        }
        return List.copyOf(strings);
    }
}
