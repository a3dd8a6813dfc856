package studio.serverless.runner.stepfunctions.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between Jackson trees and the plain Java values the JSONata library works on (maps, lists, strings,
 * numbers, booleans and {@link Jsonata#NULL_VALUE} for JSON null; Java null is JSONata's "undefined").
 */
final class JsonataValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private JsonataValues() {
    }

    static Object toJava(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                map.put(field.getKey(), toJava(field.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(element -> list.add(toJava(element)));
            return list;
        }
        if (node.isNull()) {
            return Jsonata.NULL_VALUE;
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.asLong() : node.asDouble();
        }
        return node.isNumber() ? node.asDouble() : node.isBoolean() ? node.asBoolean() : node.asText();
    }

    /** The JSON of a JSONata value; throws {@link IllegalArgumentException} for what JSON cannot hold. */
    static JsonNode toJson(Object value) {
        if (value == null || value == Jsonata.NULL_VALUE) {
            return JSON.nullNode();
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = JSON.objectNode();
            map.forEach((key, element) -> {
                if (element != null) {
                    object.set(String.valueOf(key), toJson(element));
                }
            });
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = JSON.arrayNode();
            list.forEach(element -> array.add(toJson(element)));
            return array;
        }
        if (value instanceof Number number) {
            return number(number);
        }
        if (value instanceof Boolean bool) {
            return JSON.booleanNode(bool);
        }
        if (value instanceof CharSequence text) {
            return JSON.textNode(text.toString());
        }
        throw new IllegalArgumentException("a function or other value JSON cannot represent ("
                + value.getClass().getSimpleName() + ")");
    }

    /** Numbers as Jackson reads them from JSON text: int, then long, else double. */
    private static JsonNode number(Number number) {
        if (number instanceof Integer || number instanceof Long) {
            return whole(number.longValue());
        }
        if (number instanceof BigInteger big) {
            return JSON.numberNode(big);
        }
        double value = number.doubleValue();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("the number " + value + ", which JSON cannot represent");
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return whole((long) value);
        }
        return JSON.numberNode(value);
    }

    private static JsonNode whole(long value) {
        return value == (int) value ? JSON.numberNode((int) value) : JSON.numberNode(value);
    }
}
