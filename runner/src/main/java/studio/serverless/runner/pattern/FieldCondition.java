package studio.serverless.runner.pattern;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One leaf of a pattern: the values at {@code path} must satisfy at least one matcher. Arrays in the document
 * are flattened on the way down, as EventBridge does: a field matches when any of its values does.
 *
 * @param path     the keys from the document's root to the field
 * @param matchers the pattern's value list, any of which may match
 */
record FieldCondition(List<String> path, List<ValueMatcher> matchers) {

    FieldCondition {
        path = List.copyOf(path);
        matchers = List.copyOf(matchers);
    }

    boolean matches(JsonNode document) {
        List<JsonNode> values = new ArrayList<>();
        collect(document, 0, values);
        if (values.isEmpty()) {
            return matchers.stream().anyMatch(ValueMatcher::matchesAbsent);
        }
        for (ValueMatcher matcher : matchers) {
            for (JsonNode value : values) {
                if (matcher.matches(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void collect(JsonNode node, int depth, List<JsonNode> into) {
        if (node == null || node.isMissingNode()) {
            return;
        }
        if (node.isArray()) {
            node.forEach(element -> collect(element, depth, into));
            return;
        }
        if (depth == path.size()) {
            into.add(node);
        } else if (node.isObject()) {
            collect(node.get(path.get(depth)), depth + 1, into);
        }
    }
}
