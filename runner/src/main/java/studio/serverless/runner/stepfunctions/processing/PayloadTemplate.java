package studio.serverless.runner.stepfunctions.processing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import studio.serverless.runner.stepfunctions.error.ErrorNames;
import studio.serverless.runner.stepfunctions.error.StatesFailure;
import studio.serverless.runner.stepfunctions.intrinsic.IntrinsicCall;
import studio.serverless.runner.stepfunctions.intrinsic.IntrinsicFunctions;
import studio.serverless.runner.stepfunctions.path.JsonPath;

/**
 * A payload template (Parameters, ItemSelector, ResultSelector): a JSON value whose fields named {@code x.$}
 * become {@code x} with the value of a path in the input ({@code $.a}), in the context object ({@code $$.a}), or
 * of an intrinsic function call. Other values are copied as they are.
 */
public final class PayloadTemplate {

    private static final Function<String, JsonNode> NO_VARIABLES = name -> null;

    private PayloadTemplate() {
    }

    /**
     * The template filled from {@code input} and {@code context}. A path that selects nothing fails with
     * {@code States.ParameterPathFailure}; an intrinsic function with {@code States.IntrinsicFailure}.
     */
    public static JsonNode fill(JsonNode template, JsonNode input, JsonNode context) {
        return fill(template, input, context, NO_VARIABLES);
    }

    /** As {@link #fill(JsonNode, JsonNode, JsonNode)}, with paths such as {@code $order.id} read from variables. */
    public static JsonNode fill(JsonNode template, JsonNode input, JsonNode context,
                                Function<String, JsonNode> variables) {
        if (template.isObject()) {
            ObjectNode filled = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = template.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().endsWith(".$")) {
                    String name = field.getKey().substring(0, field.getKey().length() - 2);
                    filled.set(name, dynamic(field.getKey(), field.getValue().asText(), input, context, variables));
                } else {
                    filled.set(field.getKey(), fill(field.getValue(), input, context, variables));
                }
            }
            return filled;
        }
        if (template.isArray()) {
            ArrayNode filled = JsonNodeFactory.instance.arrayNode();
            template.forEach(element -> filled.add(fill(element, input, context, variables)));
            return filled;
        }
        return template;
    }

    /** The value of one {@code .$} field's expression: a path, a {@code $$} path or an intrinsic function call. */
    public static JsonNode dynamic(String field, String expression, JsonNode input, JsonNode context) {
        return dynamic(field, expression, input, context, NO_VARIABLES);
    }

    /** As {@link #dynamic(String, String, JsonNode, JsonNode)}, with variables for paths like {@code $order}. */
    public static JsonNode dynamic(String field, String expression, JsonNode input, JsonNode context,
                                   Function<String, JsonNode> variables) {
        if (IntrinsicCall.looksLikeCall(expression)) {
            return IntrinsicFunctions.evaluate(IntrinsicCall.parse(expression), input, context, variables);
        }
        boolean fromContext = expression.startsWith("$$");
        JsonPath path = JsonPath.compile(fromContext ? expression.substring(1) : expression);
        JsonNode source = fromContext ? context : input;
        String where = path.variable() != null ? "variables" : fromContext ? "context object '" + source + "'"
                : "input '" + source + "'";
        return path.find(source, variables).orElseThrow(() -> new StatesFailure(ErrorNames.PARAMETER_PATH_FAILURE,
                "The JSONPath '" + expression + "' specified for the field '" + field + "' could not be found in the "
                        + where));
    }
}
