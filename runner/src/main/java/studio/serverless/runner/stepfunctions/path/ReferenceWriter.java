package studio.serverless.runner.stepfunctions.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Writes a value at a Reference Path inside a (copied) document. */
final class ReferenceWriter {

    private ReferenceWriter() {
    }

    static JsonNode write(JsonNode root, List<PathSegment> segments, JsonNode value, String path) {
        JsonNode node = root;
        for (int i = 0; i < segments.size(); i++) {
            boolean last = i == segments.size() - 1;
            node = segments.get(i) instanceof PathSegment.Child child
                    ? child(node, child.name(), last ? value : null, path)
                    : element(node, ((PathSegment.Element) segments.get(i)).index(), last ? value : null, path);
        }
        return root;
    }

    /** Steps into (or, given a value, sets) member {@code name}, creating a missing object on the way. */
    private static JsonNode child(JsonNode node, String name, JsonNode value, String path) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("the path '" + path + "' steps into a " + kind(node)
                    + " with '" + name + "', which only an object has");
        }
        ObjectNode object = (ObjectNode) node;
        if (value != null) {
            object.set(name, value);
            return value;
        }
        if (!object.has(name) || object.get(name).isNull()) {
            return object.putObject(name);
        }
        return object.get(name);
    }

    /** Steps into (or, given a value, sets) element {@code index}, which must exist. */
    private static JsonNode element(JsonNode node, int index, JsonNode value, String path) {
        if (!node.isArray() || index >= node.size()) {
            throw new IllegalArgumentException("the path '" + path + "' needs element " + index
                    + " of an array, but the input has " + describe(node));
        }
        if (value != null) {
            ((ArrayNode) node).set(index, value);
            return value;
        }
        return node.get(index);
    }

    private static String describe(JsonNode node) {
        return node.isArray() ? "only " + node.size() + " elements there" : "a " + kind(node) + " there";
    }

    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "array";
            case OBJECT -> "object";
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            default -> "null";
        };
    }
}
