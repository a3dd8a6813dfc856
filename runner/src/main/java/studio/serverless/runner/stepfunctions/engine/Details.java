package studio.serverless.runner.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Builds the details of history events and the context object; JSON payloads are kept as JSON text, as AWS does. */
final class Details {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final ObjectNode node = JsonNodeFactory.instance.objectNode();

    static Details create() {
        return new Details();
    }

    static Details state(String name, String payloadField, JsonNode payload) {
        return create().text("name", name).json(payloadField, payload);
    }

    static Details failure(String error, String cause) {
        return create().text("error", error).text("cause", cause);
    }

    /** An RFC 3339 timestamp with milliseconds, as the context object shows it. */
    static String timestamp(Instant time) {
        return TIMESTAMP.format(time);
    }

    Details text(String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
        return this;
    }

    Details json(String field, JsonNode value) {
        if (value != null) {
            node.put(field, value.toString());
        }
        return this;
    }

    /** The variables a state assigned, each as JSON text, as AWS's {@code assignedVariables}; none: nothing. */
    Details variables(java.util.Map<String, JsonNode> assigned) {
        if (!assigned.isEmpty()) {
            ObjectNode variables = node.putObject("assignedVariables");
            assigned.forEach((name, value) -> variables.put(name, value.toString()));
            node.putObject("assignedVariablesDetails").put("truncated", false);
        }
        return this;
    }

    Details number(String field, long value) {
        node.put(field, value);
        return this;
    }

    ObjectNode node() {
        return node;
    }
}
