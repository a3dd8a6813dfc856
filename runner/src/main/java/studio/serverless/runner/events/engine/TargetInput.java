package studio.serverless.runner.events.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a target receives for an event: the event itself, the constant Input, the part InputPath selects, or the
 * InputTransformer's template filled in. A placeholder inside a JSON string takes the value's bare text; one
 * outside takes its JSON (strings quoted), as AWS does.
 */
final class TargetInput {

    private static final Pattern PLACEHOLDER = Pattern.compile("<([A-Za-z0-9_.\\-]+)>");

    private TargetInput() {
    }

    static String render(Target target, JsonNode event, Rule rule) {
        if (target.input() != null) {
            return target.input();
        }
        if (target.inputPath() != null) {
            JsonNode selected = JsonPaths.read(event, target.inputPath());
            return selected == null ? "null" : selected.toString();
        }
        if (target.transforms()) {
            return fill(target.inputTemplate(), variables(target, event, rule));
        }
        return event.toString();
    }

    private static Map<String, JsonNode> variables(Target target, JsonNode event, Rule rule) {
        Map<String, JsonNode> values = new HashMap<>();
        target.inputPathsMap().forEach((name, path) -> values.put(name, JsonPaths.read(event, path)));
        var nodes = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        values.put("aws.events.rule-arn", nodes.textNode(rule.arn()));
        values.put("aws.events.rule-name", nodes.textNode(rule.name()));
        values.put("aws.events.event.ingestion-time", event.get("time"));
        values.put("aws.events.event", event);
        values.put("aws.events.event.json", event);
        return values;
    }

    private static String fill(String template, Map<String, JsonNode> values) {
        StringBuilder filled = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(template);
        int last = 0;
        while (placeholder.find()) {
            filled.append(template, last, placeholder.start());
            last = placeholder.end();
            if (!values.containsKey(placeholder.group(1))) {
                filled.append(placeholder.group());
                continue;
            }
            JsonNode value = values.get(placeholder.group(1));
            boolean quoted = insideString(template, placeholder.start());
            if (value == null || value.isNull()) {
                filled.append(quoted ? "" : "null");
            } else if (quoted) {
                String text = value.isTextual() ? value.asText() : value.toString();
                filled.append(escape(text));
            } else {
                filled.append(value);
            }
        }
        return filled.append(template.substring(last)).toString();
    }

    private static boolean insideString(String template, int position) {
        boolean inside = false;
        for (int i = 0; i < position; i++) {
            char c = template.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                inside = !inside;
            }
        }
        return inside;
    }

    private static String escape(String text) {
        String quoted = com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString();
        return quoted.substring(1, quoted.length() - 1);
    }
}
