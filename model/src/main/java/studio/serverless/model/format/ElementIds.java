package studio.serverless.model.format;

import java.util.HashMap;
import java.util.Map;

/** The ids read so far from one file, so an id used twice (by services or connections) is reported. */
final class ElementIds {

    private final Map<String, String> pathById = new HashMap<>();

    /** The non-blank id in this node, claimed for the element at {@code elementPath}; fails when already used. */
    String claim(LocatedNode id, String elementPath) throws DiagramFormatException {
        String value = id.requireText(true, "a non-blank string id");
        String firstUse = pathById.putIfAbsent(value, elementPath);
        if (firstUse != null) {
            throw id.problem("the id " + LocatedNode.quoted(value) + " is already the id of " + firstUse,
                    "ids unique across services and connections");
        }
        return value;
    }
}
