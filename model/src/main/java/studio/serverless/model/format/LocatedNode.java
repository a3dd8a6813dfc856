package studio.serverless.model.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * A JSON node with the file it came from and its JSON path ({@code $.services[2].name}), so every problem found
 * in it can be reported as one line: {@code <file>: <path>: <what is wrong>; expected <what>}.
 *
 * @param file the file name used in messages
 * @param path the JSON path of this node
 * @param node the node; {@link MissingNode} when the field is absent
 */
record LocatedNode(String file, String path, JsonNode node) {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final int SHOWN_VALUE_LENGTH = 60;

    /** The root of a document. */
    static LocatedNode root(String file, JsonNode node) {
        return new LocatedNode(file, "$", node);
    }

    /** The field of this object with this name (missing when absent or when this is not an object). */
    LocatedNode field(String name) {
        String step = PLAIN_NAME.matcher(name).matches() ? "." + name : "[" + quoted(name) + "]";
        return new LocatedNode(file, path + step, node.path(name));
    }

    /** Text as a JSON string literal: quoted, with line breaks and quotes escaped, so messages stay one line. */
    static String quoted(String text) {
        return TextNode.valueOf(text).toString();
    }

    /** Whether the field is absent from the file. */
    boolean isMissing() {
        return node.isMissingNode();
    }

    /** The elements of this array; empty when the field is absent; fails when it is not an array. */
    List<LocatedNode> optionalArray(String expected) throws DiagramFormatException {
        if (isMissing()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw fail(expected);
        }
        List<LocatedNode> elements = new ArrayList<>();
        for (int index = 0; index < node.size(); index++) {
            elements.add(new LocatedNode(file, path + "[" + index + "]", node.get(index)));
        }
        return elements;
    }

    /** This node, which must be an object. */
    LocatedNode requireObject(String expected) throws DiagramFormatException {
        if (!node.isObject()) {
            throw fail(expected);
        }
        return this;
    }

    /** The text of this node, which must be a string (and, when {@code nonBlank}, not blank). */
    String requireText(boolean nonBlank, String expected) throws DiagramFormatException {
        if (!node.isTextual() || (nonBlank && node.asText().isBlank())) {
            throw fail(expected);
        }
        return node.asText();
    }

    /** The finite number of this node. */
    double requireNumber(String expected) throws DiagramFormatException {
        if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
            throw fail(expected);
        }
        return node.asDouble();
    }

    /** A problem with this node: what it is now, and what was expected instead. */
    DiagramFormatException fail(String expected) {
        return problem(describe(), expected);
    }

    /** A problem with this node, described in full. */
    DiagramFormatException problem(String whatIsWrong, String expected) {
        return new DiagramFormatException(file + ": " + path + ": " + whatIsWrong + "; expected " + expected);
    }

    /** What the node is, for messages: {@code missing}, {@code is "lamda"}, {@code is an object}. */
    String describe() {
        if (isMissing()) {
            return "missing";
        }
        if (node.isObject()) {
            return "is an object";
        }
        if (node.isArray()) {
            return "is an array";
        }
        if (node.isNumber() && !Double.isFinite(node.asDouble())) {
            return "is a number too large to hold";
        }
        String json = node.toString();
        return "is " + (json.length() > SHOWN_VALUE_LENGTH ? json.substring(0, SHOWN_VALUE_LENGTH) + "..." : json);
    }
}
