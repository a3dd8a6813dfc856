package studio.serverless.runner.stepfunctions.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import studio.serverless.runner.stepfunctions.path.InvalidPathException;
import studio.serverless.runner.stepfunctions.path.JsonPath;

/**
 * Reads the fields of one JSON object of a definition, reporting each problem with its location
 * ({@code States.Pay.Next}) and owner ({@code State 'Pay'}) instead of stopping at the first.
 */
final class Fields {

    private final ObjectNode node;
    private final String location;
    private final String owner;
    private final List<DefinitionProblem> problems;

    Fields(ObjectNode node, String location, String owner, List<DefinitionProblem> problems) {
        this.node = node;
        this.location = location;
        this.owner = owner;
        this.problems = problems;
    }

    ObjectNode node() {
        return node;
    }

    String location() {
        return location;
    }

    String owner() {
        return owner;
    }

    List<DefinitionProblem> problems() {
        return problems;
    }

    boolean has(String field) {
        return node.has(field);
    }

    void report(String field, String message) {
        String at = location.isEmpty() || field.isEmpty() ? location + field : location + "." + field;
        problems.add(new DefinitionProblem(at,
                owner + (field.isEmpty() ? "" : ", field '" + field + "'") + ": " + message));
    }

    void onlyAllowed(Set<String> allowed, String what) {
        onlyAllowed(allowed, allowed, what);
    }

    /** Reports every field outside {@code accepted} (reported elsewhere when not {@code allowed}). */
    void onlyAllowed(Set<String> accepted, Set<String> allowed, String what) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!accepted.contains(name)) {
                report(name, "is not a field of " + what + " (allowed: " + String.join(", ", sorted(allowed)) + ")");
            }
        }
    }

    String text(String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null) {
            if (required) {
                report(field, "is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            report(field, "must be a string, not " + value);
            return null;
        }
        return value.asText();
    }

    Integer integer(String field, int minimum) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < minimum) {
            report(field, "must be a whole number of at least " + minimum + ", not " + value);
            return null;
        }
        return value.asInt();
    }

    Double number(String field, double minimum) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isNumber() || value.asDouble() < minimum) {
            report(field, "must be a number of at least " + minimum + ", not " + value);
            return null;
        }
        return value.asDouble();
    }

    boolean bool(String field) {
        JsonNode value = node.get(field);
        if (value != null && !value.isBoolean()) {
            report(field, "must be true or false, not " + value);
            return false;
        }
        return value != null && value.asBoolean();
    }

    ArrayNode array(String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            if (value != null || required) {
                report(field, value == null ? "is required" : "must be an array, not " + value);
            }
            return null;
        }
        return (ArrayNode) value;
    }

    ObjectNode object(String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            if (value != null || required) {
                report(field, value == null ? "is required" : "must be a JSON object, not " + value);
            }
            return null;
        }
        return (ObjectNode) value;
    }

    /** An InputPath, OutputPath or ResultPath: absent means {@code $}, null means empty (discard). */
    Optional<JsonPath> dataPath(String field, boolean reference) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Optional.of(JsonPath.ROOT);
        }
        if (value.isNull()) {
            return Optional.empty();
        }
        JsonPath path = path(field, reference);
        return Optional.ofNullable(path).or(() -> Optional.of(JsonPath.ROOT));
    }

    /** A path field, null when absent or invalid (and reported). */
    JsonPath path(String field, boolean reference) {
        String text = text(field, false);
        if (text == null) {
            return null;
        }
        return compile(field, text, reference);
    }

    JsonPath compile(String field, String text, boolean reference) {
        try {
            JsonPath path = JsonPath.compile(text);
            if (reference && !path.isReference()) {
                report(field, "'" + text + "' must be a Reference Path (only .name, ['name'] and [index] steps)");
                return null;
            }
            return path;
        } catch (InvalidPathException invalid) {
            report(field, invalid.getMessage());
            return null;
        }
    }

    private static List<String> sorted(Set<String> names) {
        List<String> list = new ArrayList<>(names);
        list.sort(null);
        return list;
    }
}
