package studio.serverless.runner.stepfunctions.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks an {@code Assign} field: a JSON object whose names are variable names (a letter or underscore, then
 * letters, digits or underscores, at most 80 characters; {@code states} is reserved) and whose values are checked
 * as the state's query language computes them ({@code x.$} paths in JSONPath, {@code {% %}} in JSONata).
 */
final class AssignChecks {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,79}");

    private AssignChecks() {
    }

    /** The Assign of {@code fields}, checked; null when absent or not an object (reported). */
    static JsonNode assign(Fields fields, QueryLanguage language) {
        ObjectNode assign = fields.object("Assign", false);
        if (assign == null) {
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = assign.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String at = "Assign." + entry.getKey();
            boolean computed = language == QueryLanguage.JSONPATH && entry.getKey().endsWith(".$");
            String name = computed ? entry.getKey().substring(0, entry.getKey().length() - 2) : entry.getKey();
            if (!NAME.matcher(name).matches()) {
                fields.report(at, "'" + name + "' is not a variable name (a letter or _, then letters, digits or _,"
                        + " at most 80 characters)");
            } else if ("states".equals(name)) {
                fields.report(at, "'states' is reserved for $states, the state's input, result and context");
            }
            if (language == QueryLanguage.JSONATA) {
                JsonataChecks.check(fields, at, entry.getValue());
            } else if (computed) {
                TemplateChecks.expression(fields, at, entry.getValue());
            } else {
                TemplateChecks.check(fields, at, entry.getValue());
            }
        }
        return assign;
    }
}
