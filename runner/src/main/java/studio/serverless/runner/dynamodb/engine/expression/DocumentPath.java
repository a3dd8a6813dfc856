package studio.serverless.runner.dynamodb.engine.expression;

import java.util.ArrayList;
import java.util.List;

/**
 * A document path such as {@code a.b[2].c}, with placeholders already replaced by real names.
 *
 * @param elements the map keys and list indexes from the top-level attribute down
 */
public record DocumentPath(List<PathElement> elements) {
    /** Copies the elements; a path always starts with a name. */
    public DocumentPath {
        elements = List.copyOf(elements);
        if (elements.isEmpty() || !(elements.get(0) instanceof PathElement.Name)) {
            throw new IllegalArgumentException("A document path starts with an attribute name");
        }
    }

    /** @return the path of a single top-level attribute */
    public static DocumentPath of(String attributeName) {
        return new DocumentPath(List.of(new PathElement.Name(attributeName)));
    }

    /** @return the top-level attribute name */
    public String topLevelName() {
        return ((PathElement.Name) elements.get(0)).name();
    }

    /** @return whether the path is a single top-level attribute */
    public boolean isTopLevel() {
        return elements.size() == 1;
    }

    /** @return the path with one more element */
    public DocumentPath child(PathElement element) {
        List<PathElement> longer = new ArrayList<>(elements);
        longer.add(element);
        return new DocumentPath(longer);
    }

    /** @return whether this path equals or begins with the other */
    public boolean startsWith(DocumentPath other) {
        return other.elements.size() <= elements.size()
                && elements.subList(0, other.elements.size()).equals(other.elements);
    }

    /** @return the path as AWS prints it in errors, e.g. {@code [a, b, [2]]} */
    @Override
    public String toString() {
        return elements.toString();
    }
}
