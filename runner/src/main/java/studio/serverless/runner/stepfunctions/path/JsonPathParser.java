package studio.serverless.runner.stepfunctions.path;

import java.util.ArrayList;
import java.util.List;

/** Reads the steps of a JSONPath after its leading {@code $}. */
final class JsonPathParser {

    private final String path;
    private int position;

    private JsonPathParser(String path) {
        this.path = path;
    }

    /** The steps of {@code path}, which must start with {@code $}. */
    static List<PathSegment> parse(String path) {
        if (path == null || !path.startsWith("$")) {
            throw new InvalidPathException(String.valueOf(path), 0, "a path starts with $");
        }
        JsonPathParser parser = new JsonPathParser(path);
        parser.position = 1;
        List<PathSegment> segments = new ArrayList<>();
        while (parser.position < path.length()) {
            segments.add(parser.segment());
        }
        return List.copyOf(segments);
    }

    private PathSegment segment() {
        char c = path.charAt(position);
        if (c == '[') {
            return bracket();
        }
        if (c != '.') {
            throw fail("expected . or [");
        }
        position++;
        if (position < path.length() && path.charAt(position) == '.') {
            position++;
            boolean bracketed = position < path.length() && path.charAt(position) == '[';
            return new PathSegment.Descendants(bracketed ? bracket() : dotted());
        }
        return dotted();
    }

    private PathSegment dotted() {
        int start = position;
        while (position < path.length() && path.charAt(position) != '.' && path.charAt(position) != '[') {
            position++;
        }
        String name = path.substring(start, position);
        if (name.isEmpty()) {
            position = start;
            throw fail("expected a field name");
        }
        return "*".equals(name) ? new PathSegment.Wildcard() : new PathSegment.Child(name);
    }

    private PathSegment bracket() {
        int open = position;
        int close = closing(open);
        String inside = path.substring(open + 1, close).trim();
        position = close + 1;
        if (inside.isEmpty()) {
            throw failAt(open, "empty brackets");
        }
        if (inside.startsWith("?(") && inside.endsWith(")")) {
            return new PathSegment.Filter(FilterExpression.compile(path, open, inside.substring(2, inside.length() - 1)));
        }
        if ("*".equals(inside)) {
            return new PathSegment.Wildcard();
        }
        if (inside.contains(":")) {
            return slice(open, inside);
        }
        List<PathSegment> parts = new ArrayList<>();
        for (String part : splitOutsideQuotes(inside)) {
            parts.add(single(open, part.trim()));
        }
        return parts.size() == 1 ? parts.get(0) : new PathSegment.Union(List.copyOf(parts));
    }

    private PathSegment single(int open, String part) {
        if (part.length() >= 2 && (part.startsWith("'") && part.endsWith("'")
                || part.startsWith("\"") && part.endsWith("\""))) {
            return new PathSegment.Child(part.substring(1, part.length() - 1));
        }
        try {
            return new PathSegment.Element(Integer.parseInt(part));
        } catch (NumberFormatException notIndex) {
            throw failAt(open, "expected 'name', an index, *, a slice or ?(filter) in brackets, not '" + part + "'");
        }
    }

    private PathSegment slice(int open, String inside) {
        String[] parts = inside.split(":", -1);
        if (parts.length > 3) {
            throw failAt(open, "a slice has at most start:end:step");
        }
        try {
            Integer start = parts[0].isBlank() ? null : Integer.valueOf(parts[0].trim());
            Integer end = parts[1].isBlank() ? null : Integer.valueOf(parts[1].trim());
            int step = parts.length == 3 && !parts[2].isBlank() ? Integer.parseInt(parts[2].trim()) : 1;
            return new PathSegment.Slice(start, end, step);
        } catch (NumberFormatException notNumber) {
            throw failAt(open, "a slice's start, end and step are whole numbers");
        }
    }

    private int closing(int open) {
        char quote = 0;
        int depth = 0;
        for (int i = open; i < path.length(); i++) {
            char c = path.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '(') {
                depth++;
            } else if ((c == ']' || c == ')') && --depth == 0) {
                return i;
            }
        }
        throw failAt(open, "a [ is never closed");
    }

    private static List<String> splitOutsideQuotes(String text) {
        List<String> parts = new ArrayList<>();
        char quote = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ',') {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private InvalidPathException fail(String reason) {
        return failAt(position, reason);
    }

    private InvalidPathException failAt(int at, String reason) {
        return new InvalidPathException(path, at, reason);
    }
}
