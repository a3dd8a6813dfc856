package studio.serverless.runner.dynamodb.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;
import studio.serverless.runner.dynamodb.engine.value.Binary;
import studio.serverless.runner.dynamodb.engine.value.Numbers;

/** Writes engine values as DynamoDB's JSON: attribute values, items, lists of items and timestamps. */
final class ResponseJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private ResponseJson() {
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static ArrayNode array() {
        return JSON.createArrayNode();
    }

    /** An item or key as {@code {"name": {"S": "..."}}}. */
    static ObjectNode item(Map<String, AttributeValue> item) {
        ObjectNode node = object();
        item.forEach((name, value) -> node.set(name, value(value)));
        return node;
    }

    static ArrayNode items(Collection<Map<String, AttributeValue>> items) {
        ArrayNode array = array();
        items.forEach(item -> array.add(item(item)));
        return array;
    }

    /** Puts the item under {@code name} unless it is null. */
    static void putItem(ObjectNode node, String name, Map<String, AttributeValue> item) {
        if (item != null) {
            node.set(name, item(item));
        }
    }

    static ObjectNode value(AttributeValue value) {
        ObjectNode node = object();
        String type = value.type().name();
        if (value instanceof AttributeValue.S s) {
            node.put(type, s.value());
        } else if (value instanceof AttributeValue.N n) {
            node.put(type, n.text());
        } else if (value instanceof AttributeValue.B b) {
            node.put(type, b.value().base64());
        } else if (value instanceof AttributeValue.SS ss) {
            node.set(type, strings(ss.values()));
        } else if (value instanceof AttributeValue.NS ns) {
            node.set(type, strings(ns.values().stream().map(Numbers::text).toList()));
        } else if (value instanceof AttributeValue.BS bs) {
            node.set(type, strings(bs.values().stream().map(Binary::base64).toList()));
        } else if (value instanceof AttributeValue.M m) {
            node.set(type, item(m.values()));
        } else if (value instanceof AttributeValue.L l) {
            node.set(type, values(l.values()));
        } else if (value instanceof AttributeValue.Bool bool) {
            node.put(type, bool.value());
        } else {
            node.put(type, true);
        }
        return node;
    }

    static ArrayNode strings(Collection<String> values) {
        ArrayNode array = array();
        values.forEach(array::add);
        return array;
    }

    /** A timestamp as AWS JSON writes it: seconds since the epoch, with milliseconds as the fraction. */
    static BigDecimal epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3);
    }

    private static ArrayNode values(List<AttributeValue> values) {
        ArrayNode array = array();
        values.forEach(value -> array.add(value(value)));
        return array;
    }
}
