package studio.serverless.runner.stepfunctions.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import studio.serverless.runner.stepfunctions.error.ErrorNames;
import studio.serverless.runner.stepfunctions.error.StatesFailure;
import studio.serverless.runner.stepfunctions.processing.VariableScope;

/**
 * Evaluates JSONata in a state: each {@code {% %}} string with {@code $states} ({@code input}, {@code context}
 * and, where they exist, {@code result} and {@code errorOutput}) and the visible workflow variables bound. A
 * failure, an undefined result or one JSON cannot hold is {@code States.QueryEvaluationError}, naming the
 * expression and the field ({@code Arguments/Input/name}) as AWS does.
 */
public final class JsonataEvaluator {

    /** How long one expression may run, so a runaway loop cannot hold its execution's lock for good. */
    static final long MAX_MILLISECONDS = 5_000;
    /** How deep expressions may nest and functions recurse before the evaluation stops. */
    static final int MAX_DEPTH = 1_000;

    private JsonataEvaluator() {
    }

    /** The value of one {@code {% %}} string given for {@code field}. */
    public static JsonNode evaluate(String field, String text, JsonNode states, VariableScope variables) {
        String body = JsonataExpression.body(text);
        Object value;
        try {
            Jsonata expression = JsonataExpression.compile(text);
            Jsonata.Frame frame = expression.createFrame();
            frame.setRuntimeBounds(MAX_MILLISECONDS, MAX_DEPTH);
            frame.bind("states", JsonataValues.toJava(states));
            for (Map.Entry<String, JsonNode> variable : variables.visible().entrySet()) {
                frame.bind(variable.getKey(), JsonataValues.toJava(variable.getValue()));
            }
            value = expression.evaluate(null, frame);
        } catch (JException | IllegalArgumentException failed) {
            throw failure(body, field, "failed: " + failed.getMessage());
        } catch (RuntimeException failed) {
            throw failure(body, field, "failed: " + failed);
        } catch (StackOverflowError deep) {
            throw failure(body, field, "failed: it nests or recurses too deeply");
        }
        if (value == null) {
            throw failure(body, field, "returned nothing (undefined).");
        }
        try {
            return JsonataValues.toJson(value);
        } catch (IllegalArgumentException unrepresentable) {
            throw failure(body, field, "returned " + unrepresentable.getMessage() + ".");
        }
    }

    /**
     * {@code template} with every {@code {% %}} string, at any depth, replaced by its value; other values copied.
     * {@code field} names the template ({@code Output}) for error messages.
     */
    public static JsonNode fill(String field, JsonNode template, JsonNode states, VariableScope variables) {
        if (JsonataExpression.is(template)) {
            return evaluate(field, template.asText(), states, variables);
        }
        if (template.isObject()) {
            ObjectNode filled = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = template.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                filled.set(entry.getKey(), fill(field + "/" + entry.getKey(), entry.getValue(), states, variables));
            }
            return filled;
        }
        if (template.isArray()) {
            ArrayNode filled = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < template.size(); i++) {
                filled.add(fill(field + "[" + i + "]", template.get(i), states, variables));
            }
            return filled;
        }
        return template;
    }

    /** A failure of the expression {@code body} given for {@code field}. */
    public static StatesFailure failure(String body, String field, String what) {
        return new StatesFailure(ErrorNames.QUERY_EVALUATION_ERROR, "The JSONata expression '" + body
                + "' specified for the field '" + field + "' " + what);
    }
}
