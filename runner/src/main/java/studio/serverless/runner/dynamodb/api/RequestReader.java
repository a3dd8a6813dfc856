package studio.serverless.runner.dynamodb.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import studio.serverless.runner.dynamodb.engine.table.TableDefinitions;

/**
 * The members of one JSON structure of a request. A member of the wrong JSON type is a SerializationException
 * (as AWS's deserializer reports it); a missing required member is AWS's "Value null at 'x'" ValidationException.
 */
final class RequestReader {
    private final JsonNode node;

    RequestReader(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw MemberErrors.serialization(node != null && node.isArray() ? "Start of list found where not expected"
                    : "Start of structure or map expected");
        }
        this.node = node;
    }

    String string(String name) {
        JsonNode value = member(name);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw MemberErrors.wrongType(value, "String");
        }
        return value.textValue();
    }

    String requiredString(String name) {
        return required(name, string(name));
    }

    /** The TableName member: required and of AWS's name pattern. */
    String tableName() {
        String name = requiredString("TableName");
        TableDefinitions.requireValidName(name, "tableName");
        return name;
    }

    Integer integer(String name) {
        JsonNode value = member(name);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw MemberErrors.wrongType(value, "Integer");
        }
        return value.intValue();
    }

    Long longValue(String name) {
        JsonNode value = member(name);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw MemberErrors.wrongType(value, "Long");
        }
        return value.longValue();
    }

    Boolean bool(String name) {
        JsonNode value = member(name);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw MemberErrors.wrongType(value, "Boolean");
        }
        return value.booleanValue();
    }

    /** A nested structure, or null when absent. */
    RequestReader structure(String name) {
        JsonNode value = member(name);
        return value == null ? null : new RequestReader(value);
    }

    RequestReader requiredStructure(String name) {
        return required(name, structure(name));
    }

    /** A list member, each element converted; an empty list when absent. */
    <T> List<T> list(String name, Function<JsonNode, T> convert) {
        JsonNode value = member(name);
        return value == null ? List.of() : elements(value, convert);
    }

    /** The elements of a JSON list, each converted. */
    static <T> List<T> elements(JsonNode value, Function<JsonNode, T> convert) {
        if (!value.isArray()) {
            throw MemberErrors.serialization(value.isObject() ? "Start of structure or map found where not expected."
                    : "Expected list or null");
        }
        List<T> converted = new ArrayList<>();
        value.forEach(element -> converted.add(convert.apply(element)));
        return converted;
    }

    /** The member's JSON as sent, or null when absent or null. */
    JsonNode rawMember(String name) {
        return member(name);
    }

    /** Whether the member is present and not null. */
    boolean has(String name) {
        return member(name) != null;
    }

    /** A map member, each value converted; null when absent. */
    <T> Map<String, T> map(String name, Function<JsonNode, T> convert) {
        JsonNode value = member(name);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw MemberErrors.serialization(value.isArray() ? "Start of list found where not expected" : "Expected map or null");
        }
        Map<String, T> converted = new LinkedHashMap<>();
        value.fields().forEachRemaining(field -> converted.put(field.getKey(), convert.apply(field.getValue())));
        return converted;
    }

    Map<String, String> stringMap(String name) {
        return map(name, value -> {
            if (!value.isTextual()) {
                throw MemberErrors.wrongType(value, "String");
            }
            return value.textValue();
        });
    }

    /** An enum member, refused with AWS's enum constraint message when not one of the values. */
    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        throw MemberErrors.notInEnum(name, text, names);
    }

    <T> T required(String name, T value) {
        if (value == null) {
            throw MemberErrors.missing(name);
        }
        return value;
    }

    private JsonNode member(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }
}
