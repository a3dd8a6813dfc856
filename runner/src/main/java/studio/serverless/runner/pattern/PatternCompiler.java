package studio.serverless.runner.pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compiles an event pattern or filter policy from its JSON. Objects nest keys; arrays list the values a field may
 * match; {@code $or} takes an array of alternative patterns. Anything else is a {@link PatternException} whose
 * message names the offending key path.
 */
public final class PatternCompiler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PatternCompiler() {
    }

    /** Parses and compiles {@code json}; a PatternException when it is not JSON or not a valid pattern. */
    public static ContentPattern compile(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json == null ? "" : json);
        } catch (IOException e) {
            throw new PatternException("the pattern is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        return compile(node);
    }

    /** Compiles a parsed pattern, which must be a non-empty JSON object. */
    public static ContentPattern compile(JsonNode node) {
        if (node == null || !node.isObject() || node.isEmpty()) {
            throw new PatternException("the pattern must be a non-empty JSON object");
        }
        return object(node, List.of());
    }

    private static ContentPattern object(JsonNode node, List<String> prefix) {
        List<FieldCondition> fields = new ArrayList<>();
        List<List<ContentPattern>> alternatives = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> members = node.fields();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> member = members.next();
            List<String> path = append(prefix, member.getKey());
            JsonNode value = member.getValue();
            if (member.getKey().equals("$or")) {
                alternatives.add(alternatives(value, prefix));
            } else if (value.isObject() && !value.isEmpty()) {
                ContentPattern nested = object(value, path);
                fields.addAll(nested.fieldsForNesting());
                alternatives.addAll(nested.alternativesForNesting());
            } else if (value.isArray() && !value.isEmpty()) {
                fields.add(new FieldCondition(path, values(value, path)));
            } else {
                throw new PatternException("the value of " + String.join(".", path)
                        + " must be a non-empty array of values or a non-empty object, not " + value);
            }
        }
        return new ContentPattern(fields, alternatives);
    }

    private static List<ContentPattern> alternatives(JsonNode value, List<String> prefix) {
        if (!value.isArray() || value.size() < 2) {
            throw new PatternException("$or" + at(prefix) + " must be an array of at least two patterns");
        }
        List<ContentPattern> group = new ArrayList<>();
        for (JsonNode alternative : value) {
            if (!alternative.isObject() || alternative.isEmpty()) {
                throw new PatternException("each alternative of $or" + at(prefix) + " must be a non-empty object");
            }
            group.add(object(alternative, prefix));
        }
        return group;
    }

    private static List<ValueMatcher> values(JsonNode array, List<String> path) {
        List<ValueMatcher> matchers = new ArrayList<>();
        for (JsonNode element : array) {
            if (element.isObject()) {
                matchers.add(MatchOperators.compile(element, String.join(".", path)));
            } else if (element.isArray()) {
                throw new PatternException("the values of " + String.join(".", path) + " cannot hold an array");
            } else {
                matchers.add(ValueMatchers.exact(element));
            }
        }
        return matchers;
    }

    private static List<String> append(List<String> prefix, String key) {
        List<String> path = new ArrayList<>(prefix);
        path.add(key);
        return path;
    }

    private static String at(List<String> prefix) {
        return prefix.isEmpty() ? "" : " under " + String.join(".", prefix);
    }
}
