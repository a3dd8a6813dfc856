package studio.serverless.runner.stepfunctions.path;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** One step of a JSONPath: from a node, the nodes it selects. */
sealed interface PathSegment {

    /** Adds the nodes this step selects from {@code node} to {@code out}. */
    void select(JsonNode node, List<JsonNode> out);

    /** Whether this step always selects at most one node. */
    default boolean definite() {
        return false;
    }

    /** {@code .name} or {@code ['name']}. */
    record Child(String name) implements PathSegment {
        @Override
        public void select(JsonNode node, List<JsonNode> out) {
            if (node.isObject() && node.has(name)) {
                out.add(node.get(name));
            }
        }

        @Override
        public boolean definite() {
            return true;
        }
    }

    /** {@code [3]}, or {@code [-1]} counted from the end. */
    record Element(int index) implements PathSegment {
        @Override
        public void select(JsonNode node, List<JsonNode> out) {
            if (node.isArray()) {
                int at = index < 0 ? node.size() + index : index;
                if (at >= 0 && at < node.size()) {
                    out.add(node.get(at));
                }
            }
        }

        @Override
        public boolean definite() {
            return true;
        }
    }

    /** {@code .*} or {@code [*]}: every member or element. */
    record Wildcard() implements PathSegment {
        @Override
        public void select(JsonNode node, List<JsonNode> out) {
            if (node.isContainerNode()) {
                node.elements().forEachRemaining(out::add);
            }
        }
    }

    /** {@code [start:end:step]}, Python-style. */
    record Slice(Integer start, Integer end, int step) implements PathSegment {
        @Override
        public void select(JsonNode node, List<JsonNode> out) {
            if (!node.isArray() || step <= 0) {
                return;
            }
            int size = node.size();
            int from = bound(start, 0, size);
            int to = bound(end, size, size);
            for (int i = from; i < to; i += step) {
                out.add(node.get(i));
            }
        }

        private static int bound(Integer value, int absent, int size) {
            if (value == null) {
                return absent;
            }
            int at = value < 0 ? size + value : value;
            return Math.max(0, Math.min(size, at));
        }
    }

    /** {@code ['a','b']} or {@code [0,2]}: several children or elements. */
    record Union(List<PathSegment> parts) implements PathSegment {
        @Override
        public void select(JsonNode node, List<JsonNode> out) {
            parts.forEach(part -> part.select(node, out));
        }
    }

    /** {@code ..name}, {@code ..*}: the inner step applied to a node and every node below it. */
    record Descendants(PathSegment inner) implements PathSegment {
        @Override
        public void select(JsonNode node, List<JsonNode> out) {
            inner.select(node, out);
            if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    select(it.next().getValue(), out);
                }
            } else if (node.isArray()) {
                node.forEach(child -> select(child, out));
            }
        }
    }

    /** {@code [?(@.price < 10)]}: the members or elements for which a filter holds. */
    record Filter(FilterExpression expression) implements PathSegment {
        @Override
        public void select(JsonNode node, List<JsonNode> out) {
            if (node.isContainerNode()) {
                node.elements().forEachRemaining(child -> {
                    if (expression.test(child)) {
                        out.add(child);
                    }
                });
            }
        }
    }
}
