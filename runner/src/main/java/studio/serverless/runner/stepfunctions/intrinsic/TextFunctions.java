package studio.serverless.runner.stepfunctions.intrinsic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Map;
import java.util.UUID;

/** States.Format, StringToJson, JsonToString, StringSplit and UUID. */
final class TextFunctions {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TextFunctions() {
    }

    static void register(Map<String, IntrinsicFunction> functions) {
        functions.put("States.Format", new IntrinsicFunction(1, Integer.MAX_VALUE, TextFunctions::format));
        functions.put("States.StringToJson", IntrinsicFunction.of(1, TextFunctions::stringToJson));
        functions.put("States.JsonToString", IntrinsicFunction.of(1, args -> NODES.textNode(args.any(0).toString())));
        functions.put("States.StringSplit", IntrinsicFunction.of(2, TextFunctions::split));
        functions.put("States.UUID", IntrinsicFunction.of(0, args -> NODES.textNode(UUID.randomUUID().toString())));
    }

    /** The template is read as written: {@code \{}, {@code \}}, {@code \'} and {@code \\} stand for themselves. */
    private static JsonNode format(Arguments args) {
        String template = args.text(0);
        StringBuilder out = new StringBuilder();
        int next = 1;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '\\' && i + 1 < template.length()) {
                out.append(template.charAt(++i));
            } else if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
                if (next >= args.size()) {
                    throw args.failure("has more {} placeholders than arguments (" + (args.size() - 1) + ")");
                }
                out.append(formatted(args, next++));
                i++;
            } else {
                out.append(c);
            }
        }
        if (next != args.size()) {
            throw args.failure("has " + (next - 1) + " {} placeholders but " + (args.size() - 1) + " arguments");
        }
        return NODES.textNode(out.toString());
    }

    private static String formatted(Arguments args, int index) {
        JsonNode value = args.any(index);
        if (value.isContainerNode()) {
            throw args.failure("can only format strings, numbers, booleans and null, but argument " + (index + 1)
                    + " is " + value);
        }
        return value.isTextual() ? value.asText() : value.toString();
    }

    private static JsonNode stringToJson(Arguments args) {
        String text = args.text(0);
        try {
            return text.isBlank() ? NODES.nullNode() : MAPPER.readTree(text);
        } catch (JsonProcessingException invalid) {
            throw args.failure("could not parse '" + text + "' as JSON: " + invalid.getOriginalMessage());
        }
    }

    private static JsonNode split(Arguments args) {
        String text = args.text(0);
        String delimiters = args.text(1);
        ArrayNode parts = NODES.arrayNode();
        StringBuilder part = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (delimiters.indexOf(c) >= 0) {
                addPart(parts, part);
            } else {
                part.append(c);
            }
        }
        addPart(parts, part);
        return parts;
    }

    private static void addPart(ArrayNode parts, StringBuilder part) {
        if (part.length() > 0) {
            parts.add(part.toString());
            part.setLength(0);
        }
    }
}
