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
            PathSegment segment = segments.get(i);
            if (segment instanceof PathSegment.Child child) {
                if (!node.isObject()) {
                    throw new IllegalArgumentException("the path '" + path + "' steps into a " + kind(node)
                            + " with '" + child.name() + "', which only an object has");
                }
                ObjectNode object = (ObjectNode) node;
                if (last) {
                    object.set(child.name(), value);
                } else if (!object.has(child.name()) || object.get(child.name()).isNull()) {
                    node = object.putObject(child.name());
                } else {
                    node = object.get(child.name());
                }
            } else {
                int index = ((PathSegment.Element) segment).index();
                if (!node.isArray() || index >= node.size()) {
                    throw new IllegalArgumentException("the path '" + path + "' needs element " + index
                            + " of an array, but the input has " + describe(node));
                }
                if (last) {
                    ((ArrayNode) node).set(index, value);
                } else {
                    node = node.get(index);
                }
            }
        }
        return root;
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
