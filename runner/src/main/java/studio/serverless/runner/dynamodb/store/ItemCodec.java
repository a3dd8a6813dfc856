package studio.serverless.runner.dynamodb.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import studio.serverless.runner.dynamodb.engine.store.PrimaryKey;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;
import studio.serverless.runner.dynamodb.engine.value.Binary;
import studio.serverless.runner.storage.StorageException;

/**
 * Items and keys as text columns, in DynamoDB's own JSON ({@code {"N":"1.5"}}, {@code {"B":"<base64>"}}, ...):
 * readable with any H2 console, and exact, since numbers keep their canonical text and binaries their bytes.
 */
final class ItemCodec {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ItemCodec() {
    }

    /** @return the item as JSON text */
    static String write(Map<String, AttributeValue> item) {
        return text(object(item));
    }

    /** @return the key as JSON text: one text per key, so it can be a column of the primary key */
    static String writeKey(PrimaryKey key) {
        ArrayNode values = NODES.arrayNode().add(node(key.partition()));
        if (key.sort() != null) {
            values.add(node(key.sort()));
        }
        return text(values);
    }

    /** @return the item the JSON text holds */
    static Map<String, AttributeValue> read(String json) {
        try {
            return item(JSON.readTree(json));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new StorageException("a stored item is damaged", e);
        }
    }

    private static ObjectNode object(Map<String, AttributeValue> item) {
        ObjectNode object = NODES.objectNode();
        item.forEach((name, value) -> object.set(name, node(value)));
        return object;
    }

    private static JsonNode node(AttributeValue value) {
        ObjectNode node = NODES.objectNode();
        String type = value.type().name();
        if (value instanceof AttributeValue.S s) {
            node.put(type, s.value());
        } else if (value instanceof AttributeValue.N n) {
            node.put(type, n.text());
        } else if (value instanceof AttributeValue.B b) {
            node.put(type, b.value().base64());
        } else if (value instanceof AttributeValue.M m) {
            node.set(type, object(m.values()));
        } else if (value instanceof AttributeValue.Null) {
            node.put(type, true);
        } else if (value instanceof AttributeValue.Bool bool) {
            node.put(type, bool.value());
        } else {
            node.set(type, array(value));
        }
        return node;
    }

    private static ArrayNode array(AttributeValue value) {
        ArrayNode array = NODES.arrayNode();
        if (value instanceof AttributeValue.SS ss) {
            ss.values().forEach(array::add);
        } else if (value instanceof AttributeValue.NS ns) {
            ns.values().forEach(number -> array.add(number.toPlainString()));
        } else if (value instanceof AttributeValue.BS bs) {
            bs.values().forEach(binary -> array.add(binary.base64()));
        } else {
            ((AttributeValue.L) value).values().forEach(element -> array.add(node(element)));
        }
        return array;
    }

    private static Map<String, AttributeValue> item(JsonNode object) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        object.fields().forEachRemaining(field -> item.put(field.getKey(), value(field.getValue())));
        return item;
    }

    private static AttributeValue value(JsonNode node) {
        Map.Entry<String, JsonNode> typed = node.fields().next();
        JsonNode content = typed.getValue();
        return switch (typed.getKey()) {
            case "S" -> new AttributeValue.S(content.textValue());
            case "N" -> AttributeValue.N.of(content.textValue());
            case "B" -> new AttributeValue.B(Binary.ofBase64(content.textValue()));
            case "SS" -> new AttributeValue.SS(members(content, Function.identity()));
            case "NS" -> new AttributeValue.NS(members(content, BigDecimal::new));
            case "BS" -> new AttributeValue.BS(members(content, Binary::ofBase64));
            case "M" -> new AttributeValue.M(item(content));
            case "L" -> new AttributeValue.L(elements(content));
            case "NULL" -> new AttributeValue.Null();
            case "BOOL" -> new AttributeValue.Bool(content.booleanValue());
            default -> throw new IllegalArgumentException("unknown attribute type " + typed.getKey());
        };
    }

    private static <T> Set<T> members(JsonNode array, Function<String, T> convert) {
        Set<T> members = new LinkedHashSet<>();
        array.forEach(member -> members.add(convert.apply(member.textValue())));
        return members;
    }

    private static List<AttributeValue> elements(JsonNode array) {
        List<AttributeValue> elements = new ArrayList<>();
        array.forEach(element -> elements.add(value(element)));
        return elements;
    }

    private static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new StorageException("cannot write an item", e);
        }
    }
}
