package studio.serverless.runner.kinesis.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.kinesis.engine.KinesisError;
import studio.serverless.runner.kinesis.engine.KinesisException;

/**
 * A request's members, type-checked whichever the encoding: a member of the wrong type is a
 * SerializationException, a missing required one a ValidationException, as AWS answers them.
 */
final class KinesisInput {

    private final JsonNode node;
    private final WireFormat format;

    KinesisInput(JsonNode node, WireFormat format) {
        if (node == null || !node.isObject()) {
            throw malformed("the request body is not a " + format + " object");
        }
        this.node = node;
        this.format = format;
    }

    /** A string member, or null when absent or null. */
    String string(String name) {
        JsonNode value = present(name);
        if (value != null && !value.isTextual()) {
            throw malformed("member " + name + " must be a string");
        }
        return value == null ? null : value.asText();
    }

    /** A required string member. */
    String required(String name) {
        return requireNonNull(string(name), name);
    }

    /** An integer member, or null. */
    Integer integer(String name) {
        JsonNode value = present(name);
        if (value != null && !(value.isIntegralNumber() && value.canConvertToInt())) {
            throw malformed("member " + name + " must be an integer");
        }
        return value == null ? null : value.asInt();
    }

    /** A required integer member. */
    int requiredInteger(String name) {
        return requireNonNull(integer(name), name);
    }

    /** A required list of structures. */
    List<KinesisInput> requiredStructures(String name) {
        return requireNonNull(structures(name), name);
    }

    /** A required blob member: bytes in CBOR, base64 text in JSON. */
    byte[] blob(String name) {
        JsonNode value = requireNonNull(present(name), name);
        if (value instanceof BinaryNode binary) {
            return binary.binaryValue().clone();
        }
        if (!value.isTextual()) {
            throw malformed("member " + name + " must be a blob (base64 text in JSON)");
        }
        try {
            return Base64.getDecoder().decode(value.asText());
        } catch (IllegalArgumentException e) {
            throw malformed("member " + name + " is not valid base64");
        }
    }

    /** A timestamp member, or null. */
    Instant timestamp(String name) {
        JsonNode value = present(name);
        if (value != null && !value.isNumber()) {
            throw malformed("member " + name + " must be a timestamp (a number)");
        }
        return value == null ? null : format.timestamp(value);
    }

    /** A list of structures; null when absent. */
    List<KinesisInput> structures(String name) {
        JsonNode value = present(name);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            throw malformed("member " + name + " must be a list");
        }
        List<KinesisInput> items = new ArrayList<>();
        value.forEach(item -> items.add(new KinesisInput(item, format)));
        return items;
    }

    /** A list of strings; empty when absent. */
    List<String> strings(String name) {
        JsonNode value = present(name);
        List<String> items = new ArrayList<>();
        if (value != null && !value.isArray()) {
            throw malformed("member " + name + " must be a list");
        }
        for (JsonNode item : value == null ? List.<JsonNode>of() : value) {
            if (!item.isTextual()) {
                throw malformed("the items of " + name + " must be strings");
            }
            items.add(item.asText());
        }
        return items;
    }

    /** A nested structure, or null when absent. */
    KinesisInput structure(String name) {
        JsonNode value = present(name);
        return value == null ? null : new KinesisInput(value, format);
    }

    /** A map of strings, or null when absent. */
    Map<String, String> stringMap(String name) {
        JsonNode value = present(name);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw malformed("member " + name + " must be a map");
        }
        Map<String, String> map = new LinkedHashMap<>();
        value.fields().forEachRemaining(entry -> {
            if (!entry.getValue().isTextual()) {
                throw malformed("the values of " + name + " must be strings");
            }
            map.put(entry.getKey(), entry.getValue().asText());
        });
        return map;
    }

    private JsonNode present(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private static <T> T requireNonNull(T value, String name) {
        if (value == null) {
            throw new KinesisException(KinesisError.VALIDATION, "1 validation error detected: Value null at '"
                    + Character.toLowerCase(name.charAt(0)) + name.substring(1)
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }

    static KinesisException malformed(String reason) {
        return new KinesisException(KinesisError.SERIALIZATION, "Malformed request: " + reason + ".");
    }
}
