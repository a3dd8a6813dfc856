package studio.serverless.app.desktop.run.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of AWS's sample Lambda events (copied from the SAM CLI into this package's {@code events/} resources, see
 * its NOTICE.md) with its {@code {{{slot}}}} values filled: a string that is a slot and nothing else takes a JSON
 * value as it is (an object for query parameters); a slot inside a string takes the value's text.
 */
final class EventTemplate {

    private static final Pattern SLOT = Pattern.compile("\\{\\{\\{([A-Za-z0-9_]+)}}}");

    private EventTemplate() {
    }

    /**
     * The template {@code name} (e.g. {@code s3-S3Put}) filled with {@code slots}.
     *
     * @throws IllegalStateException when the template names a slot not given (a mistake in this program)
     */
    static ObjectNode fill(String name, Map<String, ?> slots) {
        try (InputStream in = EventTemplate.class.getResourceAsStream("events/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no sample event " + name);
            }
            ObjectNode event = (ObjectNode) JsonDocuments.mapper().readTree(in);
            fillChildren(event, slots, name);
            return event;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fillChildren(JsonNode node, Map<String, ?> slots, String name) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(filled(field.getValue(), slots, name));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, filled(array.get(i), slots, name));
            }
        }
    }

    private static JsonNode filled(JsonNode node, Map<String, ?> slots, String name) {
        if (!node.isTextual()) {
            fillChildren(node, slots, name);
            return node;
        }
        Matcher whole = SLOT.matcher(node.asText());
        if (whole.matches() && slots.get(whole.group(1)) instanceof JsonNode value) {
            return value;
        }
        Matcher matcher = SLOT.matcher(node.asText());
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            Object value = slots.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("sample event " + name + " needs a value for " + matcher.group(1));
            }
            matcher.appendReplacement(text, Matcher.quoteReplacement(value instanceof JsonNode json ? json.toString()
                    : value.toString()));
        }
        matcher.appendTail(text);
        return TextNode.valueOf(text.toString());
    }
}
