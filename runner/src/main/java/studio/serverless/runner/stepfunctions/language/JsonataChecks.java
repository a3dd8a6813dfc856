package studio.serverless.runner.stepfunctions.language;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import studio.serverless.runner.stepfunctions.jsonata.JsonataExpression;

/**
 * Checks the values of a JSONata state: every {@code {% %}} string parses as JSONata, and no field name ends in
 * {@code .$} (JSONPath's way to compute a value).
 */
final class JsonataChecks {

    private JsonataChecks() {
    }

    /** The value of {@code field} with its expressions checked; null when absent. */
    static JsonNode template(Fields fields, String field) {
        JsonNode template = fields.node().get(field);
        if (template != null) {
            check(fields, field, template);
        }
        return template;
    }

    static void check(Fields fields, String where, JsonNode node) {
        if (node.isTextual()) {
            expression(fields, where, node);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(fields, where + "[" + i + "]", node.get(i));
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String at = where + "." + entry.getKey();
                if (entry.getKey().endsWith(".$")) {
                    fields.report(at, "a field name ending in .$ is JSONPath; in a JSONata state name it '"
                            + entry.getKey().substring(0, entry.getKey().length() - 2)
                            + "' and write its value as a {% %} expression");
                }
                check(fields, at, entry.getValue());
            }
        }
    }

    /** Checks one string: a {@code {% %}} expression must parse; other strings are literals. */
    static void expression(Fields fields, String at, JsonNode value) {
        if (JsonataExpression.is(value)) {
            JsonataExpression.problem(value.asText()).ifPresent(problem -> fields.report(at, problem));
        }
    }
}
