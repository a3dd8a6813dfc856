package studio.serverless.runner.stepfunctions.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled JSONPath. A <em>Reference Path</em> (only {@code .name}, {@code ['name']} and {@code [n]} steps)
 * names at most one node and can be written to (ResultPath); other paths select a list of nodes, which reads
 * as a JSON array, as AWS returns it. A path that starts with a variable name ({@code $order.items[0]}) reads the
 * workflow variable of that name instead of the document.
 */
public final class JsonPath {

    private static final Pattern VARIABLE = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)(.*)", Pattern.DOTALL);

    /** {@code $}: the whole document. */
    public static final JsonPath ROOT = compile("$");

    private final String text;
    private final String variable;
    private final List<PathSegment> segments;

    private JsonPath(String text, String variable, List<PathSegment> segments) {
        this.text = text;
        this.variable = variable;
        this.segments = segments;
    }

    /** Compiles {@code text}; throws {@link InvalidPathException} saying where it is invalid. */
    public static JsonPath compile(String text) {
        Matcher variable = VARIABLE.matcher(text);
        if (variable.matches()) {
            return new JsonPath(text, variable.group(1), JsonPathParser.parse("$" + variable.group(2)));
        }
        return new JsonPath(text, null, JsonPathParser.parse(text));
    }

    /** The workflow variable this path reads, or null when it reads the document. */
    public String variable() {
        return variable;
    }

    /**
     * The value at this path: in the variable it names, looked up with {@code variables} (nothing when unset), or
     * else in {@code document}.
     */
    public Optional<JsonNode> find(JsonNode document, Function<String, JsonNode> variables) {
        if (variable == null) {
            return find(document);
        }
        JsonNode value = variables.apply(variable);
        return value == null ? Optional.empty() : select(value);
    }

    /** Whether this is a Reference Path: it names at most one node and only by name or non-negative index. */
    public boolean isReference() {
        return variable == null && segments.stream().allMatch(segment -> segment instanceof PathSegment.Child
                || segment instanceof PathSegment.Element element && element.index() >= 0);
    }

    /** Whether this path names at most one node. */
    public boolean isDefinite() {
        return segments.stream().allMatch(PathSegment::definite);
    }

    /**
     * The value at this path in {@code document}: the node a definite path names (empty when it names nothing),
     * or an array of every node an indefinite path selects.
     */
    public Optional<JsonNode> find(JsonNode document) {
        return variable == null ? select(document) : Optional.empty();
    }

    private Optional<JsonNode> select(JsonNode document) {
        List<JsonNode> nodes = List.of(document);
        for (PathSegment segment : segments) {
            List<JsonNode> next = new ArrayList<>();
            nodes.forEach(node -> segment.select(node, next));
            nodes = next;
        }
        if (isDefinite()) {
            return nodes.stream().findFirst();
        }
        ArrayNode all = JsonNodeFactory.instance.arrayNode();
        nodes.forEach(all::add);
        return Optional.of(all);
    }

    /**
     * {@code document} with {@code value} placed at this Reference Path, creating missing objects on the way;
     * {@code document} itself is not changed. Throws {@link IllegalArgumentException} when the document's shape
     * does not allow it (a step into a string, an index past an array's end).
     */
    public JsonNode write(JsonNode document, JsonNode value) {
        if (!isReference()) {
            throw new IllegalArgumentException("'" + text + "' is not a Reference Path, so nothing can be written to it");
        }
        return segments.isEmpty() ? value : ReferenceWriter.write(document.deepCopy(), segments, value, text);
    }

    /** The path as written. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
