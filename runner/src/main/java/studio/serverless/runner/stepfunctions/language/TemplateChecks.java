package studio.serverless.runner.stepfunctions.language;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import studio.serverless.runner.stepfunctions.intrinsic.IntrinsicCall;

/** Checks a payload template: every {@code x.$} field holds a valid path, {@code $$} path or intrinsic call. */
final class TemplateChecks {

    private TemplateChecks() {
    }

    /** The template of {@code field}, checked; null when absent. */
    static JsonNode template(Fields fields, String field) {
        JsonNode template = fields.node().get(field);
        if (template != null) {
            check(fields, field, template);
        }
        return template;
    }

    static void check(Fields fields, String where, JsonNode node) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(fields, where + "[" + i + "]", node.get(i));
            }
        }
        if (!node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String at = where + "." + entry.getKey();
            if (entry.getKey().endsWith(".$")) {
                expression(fields, at, entry.getValue());
            } else {
                check(fields, at, entry.getValue());
            }
        }
    }

    /** Checks a {@code .$} value, or an ErrorPath or CausePath: a path, a context path or an intrinsic call. */
    static void expression(Fields fields, String at, JsonNode value) {
        if (!value.isTextual()) {
            fields.report(at, "a field ending in .$ must hold a path or an intrinsic function call as a string, not "
                    + value);
            return;
        }
        String text = value.asText();
        if (IntrinsicCall.looksLikeCall(text)) {
            try {
                IntrinsicCall.parse(text);
            } catch (IllegalArgumentException invalid) {
                fields.report(at, invalid.getMessage());
            }
        } else if (text.startsWith("$")) {
            fields.compile(at, text.startsWith("$$") ? text.substring(1) : text, false);
        } else {
            fields.report(at, "'" + text + "' must be a path starting with $ or $$, or a States. intrinsic function call");
        }
    }
}
