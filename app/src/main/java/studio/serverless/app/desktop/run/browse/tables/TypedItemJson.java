package studio.serverless.app.desktop.run.browse.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;
import studio.serverless.runner.dynamodb.engine.value.Binary;
import studio.serverless.runner.dynamodb.engine.value.Numbers;

/** Attribute values to and from DynamoDB's typed JSON ({@code {"S": "x"}}, {@code {"M": {...}}}, ...). */
final class TypedItemJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> TYPES = List.of("S", "N", "B", "SS", "NS", "BS", "M", "L", "NULL", "BOOL");

    private TypedItemJson() {
    }

    static ObjectNode write(Map<String, AttributeValue> item) {
        ObjectNode node = NODES.objectNode();
        item.forEach((name, value) -> node.set(name, write(value)));
        return node;
    }

    static JsonNode write(AttributeValue value) {
        ObjectNode node = NODES.objectNode();
        switch (value.type()) {
            case S -> node.put("S", ((AttributeValue.S) value).value());
            case N -> node.put("N", ((AttributeValue.N) value).text());
            case B -> node.put("B", ((AttributeValue.B) value).value().base64());
            case SS -> ((AttributeValue.SS) value).values().forEach(node.putArray("SS")::add);
            case NS -> ((AttributeValue.NS) value).values().forEach(n -> node.withArrayProperty("NS")
                    .add(Numbers.text(n)));
            case BS -> ((AttributeValue.BS) value).values().forEach(b -> node.withArrayProperty("BS").add(b.base64()));
            case M -> node.set("M", write(((AttributeValue.M) value).values()));
            case L -> ((AttributeValue.L) value).values().forEach(v -> node.withArrayProperty("L").add(write(v)));
            case NULL -> node.put("NULL", true);
            default -> node.put("BOOL", ((AttributeValue.Bool) value).value());
        }
        return node;
    }

    /** Reads an item; {@code path} names where in the item a wrong value is, for the message. */
    static Map<String, AttributeValue> read(JsonNode node, String path) throws ItemTextException {
        if (!node.isObject()) {
            throw new ItemTextException(where(path) + "expected a JSON object of attributes");
        }
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            item.put(field.getKey(), value(field.getValue(), at));
        }
        return item;
    }

    private static AttributeValue value(JsonNode node, String path) throws ItemTextException {
        if (!node.isObject() || node.size() != 1 || !TYPES.contains(node.fieldNames().next())) {
            throw new ItemTextException(where(path) + "expected an object with exactly one of the types "
                    + String.join(", ", TYPES) + ", e.g. {\"S\": \"text\"}");
        }
        String type = node.fieldNames().next();
        JsonNode member = node.get(type);
        return switch (type) {
            case "S" -> new AttributeValue.S(text(member, path));
            case "N" -> AttributeValue.N.of(text(member, path));
            case "B" -> new AttributeValue.B(binary(text(member, path), path));
            case "SS" -> AttributeValue.SS.of(texts(member, path));
            case "NS" -> AttributeValue.NS.of(texts(member, path));
            case "BS" -> AttributeValue.BS.of(binaries(texts(member, path), path));
            case "M" -> new AttributeValue.M(read(member, path));
            case "L" -> new AttributeValue.L(list(member, path));
            case "NULL" -> new AttributeValue.Null();
            default -> new AttributeValue.Bool(bool(member, path));
        };
    }

    private static List<AttributeValue> list(JsonNode member, String path) throws ItemTextException {
        requireArray(member, path);
        List<AttributeValue> values = new ArrayList<>();
        for (int i = 0; i < member.size(); i++) {
            values.add(value(member.get(i), path + "[" + i + "]"));
        }
        return values;
    }

    private static List<String> texts(JsonNode member, String path) throws ItemTextException {
        requireArray(member, path);
        List<String> texts = new ArrayList<>();
        for (JsonNode element : member) {
            texts.add(text(element, path));
        }
        return texts;
    }

    private static List<Binary> binaries(List<String> texts, String path) throws ItemTextException {
        List<Binary> binaries = new ArrayList<>();
        for (String text : texts) {
            binaries.add(binary(text, path));
        }
        return binaries;
    }

    private static void requireArray(JsonNode member, String path) throws ItemTextException {
        if (!member.isArray()) {
            throw new ItemTextException(where(path) + "expected a JSON array");
        }
    }

    private static String text(JsonNode member, String path) throws ItemTextException {
        if (!member.isTextual()) {
            throw new ItemTextException(where(path) + "expected a string (numbers too are written as strings)");
        }
        return member.textValue();
    }

    private static boolean bool(JsonNode member, String path) throws ItemTextException {
        if (!member.isBoolean()) {
            throw new ItemTextException(where(path) + "expected true or false");
        }
        return member.booleanValue();
    }

    private static Binary binary(String base64, String path) throws ItemTextException {
        try {
            return Binary.ofBase64(base64);
        } catch (IllegalArgumentException e) {
            throw new ItemTextException(where(path) + "expected base64 for a binary: " + e.getMessage());
        }
    }

    static String where(String path) {
        return path.isEmpty() ? "" : "attribute " + path + ": ";
    }
}
