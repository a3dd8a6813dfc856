package studio.serverless.runner.events.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.events.engine.EventsError;
import studio.serverless.runner.events.engine.EventsException;

/** A request's members, type-checked: a member of the wrong JSON type is a SerializationException. */
final class EventsInput {

    private final JsonNode node;

    EventsInput(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw malformed("the request body is not a JSON object");
        }
        this.node = node;
    }

    /** A string member, or null when absent or null. */
    String string(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw malformed("member " + name + " must be a string");
        }
        return value.asText();
    }

    /** A required string member: a ValidationException when absent. */
    String required(String name) {
        String value = string(name);
        if (value == null) {
            throw EventsException.validation("1 validation error detected: Value null at '"
                    + Character.toLowerCase(name.charAt(0)) + name.substring(1)
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }

    /** An integer member, or null. */
    Integer integer(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            throw malformed("member " + name + " must be an integer");
        }
        return value.asInt();
    }

    /** A timestamp member (epoch seconds, as the SDK sends them), or null. */
    Instant timestamp(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw malformed("member " + name + " must be a timestamp in epoch seconds");
        }
        return Instant.ofEpochMilli(Math.round(value.asDouble() * 1000));
    }

    /** A list of strings; empty when absent. */
    List<String> strings(String name) {
        List<String> values = new ArrayList<>();
        for (EventsInput item : items(name, true)) {
            values.add(item.node.asText());
        }
        return values;
    }

    /** A list of structures; empty when absent. */
    List<EventsInput> structures(String name) {
        return items(name, false);
    }

    /** A nested structure, or null when absent. */
    EventsInput structure(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : new EventsInput(value);
    }

    /** A map of strings, or null when absent. */
    Map<String, String> stringMap(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw malformed("member " + name + " must be an object");
        }
        Map<String, String> map = new LinkedHashMap<>();
        value.fields().forEachRemaining(entry -> map.put(entry.getKey(), entry.getValue().asText()));
        return map;
    }

    private List<EventsInput> items(String name, boolean strings) {
        JsonNode value = node.get(name);
        List<EventsInput> items = new ArrayList<>();
        if (value == null || value.isNull()) {
            return items;
        }
        if (!value.isArray()) {
            throw malformed("member " + name + " must be a list");
        }
        for (JsonNode item : value) {
            if (strings != item.isTextual()) {
                throw malformed("the items of " + name + " must be " + (strings ? "strings" : "objects"));
            }
            items.add(strings ? new EventsInput(item, true) : new EventsInput(item));
        }
        return items;
    }

    private EventsInput(JsonNode node, boolean unchecked) {
        this.node = node;
    }

    static EventsException malformed(String reason) {
        return new EventsException(EventsError.SERIALIZATION, "Malformed request: " + reason + ".");
    }
}
