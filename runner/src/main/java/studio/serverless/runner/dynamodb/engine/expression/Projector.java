package studio.serverless.runner.dynamodb.engine.expression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * Keeps only the projected paths of an item, preserving nesting; projected list elements keep their order and
 * close up, as DynamoDB returns them.
 */
public final class Projector {
    private Projector() {
    }

    /** @return the projection of the item; an empty path list keeps the whole item */
    public static Map<String, AttributeValue> project(Map<String, AttributeValue> item, List<DocumentPath> paths) {
        if (paths.isEmpty()) {
            return item;
        }
        Map<Object, Object> tree = new LinkedHashMap<>();
        for (DocumentPath path : paths) {
            AttributeValue value = PathAccess.get(item, path);
            if (value != null) {
                insert(tree, path.elements(), value);
            }
        }
        Map<String, AttributeValue> result = new LinkedHashMap<>();
        tree.forEach((key, node) -> result.put((String) key, build(node)));
        return result;
    }

    @SuppressWarnings("unchecked")
    private static void insert(Map<Object, Object> tree, List<PathElement> path, AttributeValue value) {
        Object key = key(path.get(0));
        if (path.size() == 1) {
            tree.put(key, value);
            return;
        }
        Object child = tree.computeIfAbsent(key, k -> path.get(1) instanceof PathElement.Index
                ? new TreeMap<Object, Object>() : new LinkedHashMap<Object, Object>());
        insert((Map<Object, Object>) child, path.subList(1, path.size()), value);
    }

    private static Object key(PathElement element) {
        return element instanceof PathElement.Index index ? (Object) index.index() : ((PathElement.Name) element).name();
    }

    @SuppressWarnings("unchecked")
    private static AttributeValue build(Object node) {
        if (node instanceof AttributeValue value) {
            return value;
        }
        if (node instanceof TreeMap<?, ?> indexed) {
            List<AttributeValue> elements = new ArrayList<>();
            indexed.values().forEach(child -> elements.add(build(child)));
            return new AttributeValue.L(elements);
        }
        Map<String, AttributeValue> entries = new LinkedHashMap<>();
        ((Map<Object, Object>) node).forEach((key, child) -> entries.put((String) key, build(child)));
        return new AttributeValue.M(entries);
    }
}
