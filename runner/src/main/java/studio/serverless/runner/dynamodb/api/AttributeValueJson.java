package studio.serverless.runner.dynamodb.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;
import studio.serverless.runner.dynamodb.engine.value.Binary;

/**
 * Reads DynamoDB's attribute value JSON ({@code {"S": "x"}}, {@code {"M": {...}}}, ...) into engine values, with
 * AWS's messages for values that hold no type, two types, a false NULL, or are nested too deep.
 */
final class AttributeValueJson {
    /** DynamoDB supports up to 32 levels of nested maps and lists. */
    static final int MAX_DEPTH = 32;
    private static final List<String> TYPES = List.of("S", "N", "B", "SS", "NS", "BS", "M", "L", "NULL", "BOOL");

    private AttributeValueJson() {
    }

    /** An item or key: attribute name to value; null when the node is absent. */
    static Map<String, AttributeValue> item(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return map(node, 0);
    }

    static AttributeValue value(JsonNode node) {
        return value(node, 0);
    }

    private static Map<String, AttributeValue> map(JsonNode node, int depth) {
        if (!node.isObject()) {
            throw MemberErrors.serialization(node.isArray() ? "Start of list found where not expected"
                    : "Expected map or null");
        }
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            values.put(field.getKey(), value(field.getValue(), depth));
        }
        return values;
    }

    private static AttributeValue value(JsonNode node, int depth) {
        if (depth > MAX_DEPTH) {
            throw DynamoDbException.invalidParameter("Nesting Levels have exceeded supported limits");
        }
        RequestReader reader = new RequestReader(node);
        List<String> types = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> {
            if (!node.get(name).isNull() && TYPES.contains(name)) {
                types.add(name);
            }
        });
        if (types.isEmpty()) {
            throw DynamoDbException.validation("Supplied AttributeValue is empty, must contain exactly one of the "
                    + "supported datatypes");
        }
        if (types.size() > 1) {
            throw DynamoDbException.validation("Supplied AttributeValue has more than one datatypes set, must "
                    + "contain exactly one of the supported datatypes");
        }
        return typed(types.get(0), reader, node.get(types.get(0)), depth);
    }

    private static AttributeValue typed(String type, RequestReader reader, JsonNode member, int depth) {
        return switch (type) {
            case "S" -> new AttributeValue.S(reader.string("S"));
            case "N" -> AttributeValue.N.of(reader.string("N"));
            case "B" -> new AttributeValue.B(binary(reader.string("B")));
            case "SS" -> AttributeValue.SS.of(reader.list("SS", AttributeValueJson::text));
            case "NS" -> AttributeValue.NS.of(reader.list("NS", AttributeValueJson::text));
            case "BS" -> AttributeValue.BS.of(reader.list("BS", element -> binary(text(element))));
            case "M" -> new AttributeValue.M(map(member, depth + 1));
            case "L" -> new AttributeValue.L(reader.list("L", element -> value(element, depth + 1)));
            case "NULL" -> nullValue(reader.bool("NULL"));
            default -> new AttributeValue.Bool(reader.bool("BOOL"));
        };
    }

    private static AttributeValue nullValue(boolean value) {
        if (!value) {
            throw DynamoDbException.invalidParameter("Null attribute value types must have the value of true");
        }
        return new AttributeValue.Null();
    }

    private static String text(JsonNode element) {
        if (!element.isTextual()) {
            throw MemberErrors.serialization(element.isContainerNode() ? "Start of structure or map found where "
                    + "not expected." : "class java.lang.Object can not be converted to an String");
        }
        return element.textValue();
    }

    private static Binary binary(String base64) {
        try {
            return Binary.ofBase64(base64);
        } catch (IllegalArgumentException e) {
            throw MemberErrors.serialization("'" + base64 + "' can not be converted to a Blob: " + e.getMessage());
        }
    }
}
