package studio.serverless.runner.dynamodb.engine.expression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/** Reads, replaces and removes the value at a document path; items are immutable, so writes return copies. */
public final class PathAccess {
    private PathAccess() {
    }

    /** @return the value at the path, or null when any step is missing or of the wrong kind */
    public static AttributeValue get(Map<String, AttributeValue> item, DocumentPath path) {
        AttributeValue current = item.get(path.topLevelName());
        for (PathElement element : path.elements().subList(1, path.elements().size())) {
            current = child(current, element);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /** @return a copy of the item with the value at the path; a list index past the end appends */
    public static Map<String, AttributeValue> set(Map<String, AttributeValue> item, DocumentPath path,
                                                  AttributeValue value) {
        Map<String, AttributeValue> copy = new LinkedHashMap<>(item);
        List<PathElement> rest = path.elements().subList(1, path.elements().size());
        String top = path.topLevelName();
        copy.put(top, rest.isEmpty() ? value : setIn(item.get(top), rest, value));
        return copy;
    }

    /** @return a copy of the item without the value at the path; a missing list element is left alone */
    public static Map<String, AttributeValue> remove(Map<String, AttributeValue> item, DocumentPath path) {
        Map<String, AttributeValue> copy = new LinkedHashMap<>(item);
        List<PathElement> rest = path.elements().subList(1, path.elements().size());
        String top = path.topLevelName();
        if (rest.isEmpty()) {
            copy.remove(top);
        } else {
            copy.put(top, removeIn(item.get(top), rest));
        }
        return copy;
    }

    private static AttributeValue child(AttributeValue container, PathElement element) {
        if (element instanceof PathElement.Name name && container instanceof AttributeValue.M map) {
            return map.values().get(name.name());
        }
        if (element instanceof PathElement.Index index && container instanceof AttributeValue.L list) {
            return index.index() < list.values().size() ? list.values().get(index.index()) : null;
        }
        return null;
    }

    private static AttributeValue setIn(AttributeValue container, List<PathElement> path, AttributeValue value) {
        PathElement head = path.get(0);
        List<PathElement> rest = path.subList(1, path.size());
        if (head instanceof PathElement.Name name && container instanceof AttributeValue.M map) {
            Map<String, AttributeValue> entries = new LinkedHashMap<>(map.values());
            entries.put(name.name(), rest.isEmpty() ? value : setIn(map.values().get(name.name()), rest, value));
            return new AttributeValue.M(entries);
        }
        if (head instanceof PathElement.Index index && container instanceof AttributeValue.L list) {
            List<AttributeValue> elements = new ArrayList<>(list.values());
            if (index.index() >= elements.size()) {
                if (!rest.isEmpty()) {
                    throw invalidPath();
                }
                elements.add(value);
            } else {
                elements.set(index.index(), rest.isEmpty() ? value : setIn(elements.get(index.index()), rest, value));
            }
            return new AttributeValue.L(elements);
        }
        throw invalidPath();
    }

    private static AttributeValue removeIn(AttributeValue container, List<PathElement> path) {
        PathElement head = path.get(0);
        List<PathElement> rest = path.subList(1, path.size());
        if (head instanceof PathElement.Name name && container instanceof AttributeValue.M map) {
            Map<String, AttributeValue> entries = new LinkedHashMap<>(map.values());
            if (rest.isEmpty()) {
                entries.remove(name.name());
            } else if (entries.containsKey(name.name())) {
                entries.put(name.name(), removeIn(entries.get(name.name()), rest));
            }
            return new AttributeValue.M(entries);
        }
        if (head instanceof PathElement.Index index && container instanceof AttributeValue.L list) {
            List<AttributeValue> elements = new ArrayList<>(list.values());
            if (index.index() < elements.size()) {
                if (rest.isEmpty()) {
                    elements.remove(index.index());
                } else {
                    elements.set(index.index(), removeIn(elements.get(index.index()), rest));
                }
            }
            return new AttributeValue.L(elements);
        }
        throw invalidPath();
    }

    private static DynamoDbException invalidPath() {
        return DynamoDbException.validation("The document path provided in the update expression is invalid for "
                + "update");
    }
}
