package studio.serverless.runner.stepfunctions.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import studio.serverless.runner.stepfunctions.path.InvalidPathException;
import studio.serverless.runner.stepfunctions.path.JsonPath;

/** Parses {@code States.Name(arg, ...)} with literals, paths and nested calls as arguments. */
final class IntrinsicParser {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String text;
    private int position;

    private IntrinsicParser(String text) {
        this.text = text;
    }

    static IntrinsicCall parse(String text) {
        IntrinsicParser parser = new IntrinsicParser(text);
        IntrinsicCall call = parser.call();
        parser.skipSpaces();
        if (parser.position != text.length()) {
            throw parser.fail("unexpected text after the call's closing )");
        }
        return call;
    }

    private IntrinsicCall call() {
        int start = position;
        while (position < text.length() && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '.')) {
            position++;
        }
        String name = text.substring(start, position);
        if (!IntrinsicFunctions.isKnown(name)) {
            position = start;
            throw fail("'" + name + "' is not an intrinsic function (known: " + IntrinsicFunctions.names() + ")");
        }
        expect('(');
        List<IntrinsicArgument> arguments = new ArrayList<>();
        skipSpaces();
        if (peek() == ')') {
            position++;
        } else {
            do {
                skipSpaces();
                arguments.add(argument());
                skipSpaces();
            } while (consume(','));
            expect(')');
        }
        IntrinsicFunctions.checkArity(name, arguments.size(), text);
        return new IntrinsicCall(name, List.copyOf(arguments));
    }

    private IntrinsicArgument argument() {
        char c = peek();
        if (c == '\'') {
            return string();
        }
        if (c == '$') {
            return path();
        }
        if (text.startsWith("States.", position)) {
            return new IntrinsicArgument.Call(call());
        }
        return literal();
    }

    private IntrinsicArgument string() {
        int start = position++;
        StringBuilder value = new StringBuilder();
        while (position < text.length() && text.charAt(position) != '\'') {
            char c = text.charAt(position++);
            if (c == '\\' && position < text.length()) {
                c = text.charAt(position++);
            }
            value.append(c);
        }
        if (position >= text.length()) {
            position = start;
            throw fail("a string argument is never closed with '");
        }
        position++;
        String written = text.substring(start + 1, position - 1);
        return new IntrinsicArgument.Literal(JsonNodeFactory.instance.textNode(value.toString()), written);
    }

    private IntrinsicArgument path() {
        int start = position;
        int depth = 0;
        char quote = 0;
        for (; position < text.length(); position++) {
            char c = text.charAt(position);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"') {
                quote = c;
            } else if (c == '[' || c == '(') {
                depth++;
            } else if ((c == ']' || c == ')') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == ',' || c == ')' || c == ' ')) {
                break;
            }
        }
        String written = text.substring(start, position);
        boolean context = written.startsWith("$$");
        try {
            return new IntrinsicArgument.PathReference(context, JsonPath.compile(context ? written.substring(1) : written));
        } catch (InvalidPathException invalid) {
            position = start;
            throw fail(invalid.getMessage());
        }
    }

    private IntrinsicArgument literal() {
        int start = position;
        while (position < text.length() && ",) ".indexOf(text.charAt(position)) < 0) {
            position++;
        }
        String written = text.substring(start, position);
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (written) {
            case "true", "false" -> {
                return new IntrinsicArgument.Literal(nodes.booleanNode(Boolean.parseBoolean(written)), written);
            }
            case "null" -> {
                return new IntrinsicArgument.Literal(nodes.nullNode(), written);
            }
            default -> {
                return new IntrinsicArgument.Literal(number(written, start), written);
            }
        }
    }

    private JsonNode number(String written, int start) {
        try {
            new BigDecimal(written);
            return MAPPER.readTree(written);
        } catch (NumberFormatException | JsonProcessingException notNumber) {
            position = start;
            throw fail("expected a 'string', a number, true, false, null, a $.path or a States. call, not '"
                    + written + "'");
        }
    }

    private char peek() {
        return position < text.length() ? text.charAt(position) : 0;
    }

    private boolean consume(char c) {
        if (peek() == c) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        skipSpaces();
        if (!consume(c)) {
            throw fail("expected '" + c + "'");
        }
    }

    private void skipSpaces() {
        while (peek() == ' ') {
            position++;
        }
    }

    private IllegalArgumentException fail(String reason) {
        return new IllegalArgumentException("'" + text + "' is not a valid intrinsic function call: " + reason
                + " at character " + (position + 1));
    }
}
