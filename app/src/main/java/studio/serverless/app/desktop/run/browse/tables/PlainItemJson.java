package studio.serverless.app.desktop.run.browse.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * Attribute values to and from plain JSON, as the SDKs' document clients map them: strings, numbers, booleans,
 * null, lists and maps; sets are written as arrays and binaries as base64 strings, and read back as such.
 */
final class PlainItemJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private PlainItemJson() {
    }

    static ObjectNode write(Map<String, AttributeValue> item) {
        ObjectNode node = NODES.objectNode();
        item.forEach((name, value) -> node.set(name, write(value)));
        return node;
    }

    static JsonNode write(AttributeValue value) {
        return switch (value.type()) {
            case S -> NODES.textNode(((AttributeValue.S) value).value());
            case N -> NODES.numberNode(((AttributeValue.N) value).value());
            case B -> NODES.textNode(((AttributeValue.B) value).value().base64());
            case SS -> strings(((AttributeValue.SS) value).values().stream().toList());
            case NS -> array(((AttributeValue.NS) value).values().stream().map(NODES::numberNode).toList());
            case BS -> strings(((AttributeValue.BS) value).values().stream().map(b -> b.base64()).toList());
            case M -> write(((AttributeValue.M) value).values());
            case L -> array(((AttributeValue.L) value).values().stream().map(PlainItemJson::write).toList());
            case NULL -> NODES.nullNode();
            default -> NODES.booleanNode(((AttributeValue.Bool) value).value());
        };
    }

    static Map<String, AttributeValue> read(JsonNode node, String path) throws ItemTextException {
        if (!node.isObject()) {
            throw new ItemTextException(TypedItemJson.where(path) + "expected a JSON object of attributes");
        }
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            item.put(field.getKey(), value(field.getValue(), at));
        }
        return item;
    }

    private static AttributeValue value(JsonNode node, String path) throws ItemTextException {
        if (node.isTextual()) {
            return new AttributeValue.S(node.textValue());
        } else if (node.isNumber()) {
            return AttributeValue.N.of(node.asText());
        } else if (node.isBoolean()) {
            return new AttributeValue.Bool(node.booleanValue());
        } else if (node.isNull()) {
            return new AttributeValue.Null();
        } else if (node.isObject()) {
            return new AttributeValue.M(read(node, path));
        }
        List<AttributeValue> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            values.add(value(node.get(i), path + "[" + i + "]"));
        }
        return new AttributeValue.L(values);
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static ArrayNode array(List<? extends JsonNode> values) {
        ArrayNode array = NODES.arrayNode();
        array.addAll(values);
        return array;
    }
}
