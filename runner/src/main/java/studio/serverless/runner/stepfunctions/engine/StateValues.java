package studio.serverless.runner.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import studio.serverless.runner.stepfunctions.error.ErrorNames;
import studio.serverless.runner.stepfunctions.error.StatesFailure;
import studio.serverless.runner.stepfunctions.jsonata.JsonataEvaluator;
import studio.serverless.runner.stepfunctions.jsonata.JsonataExpression;
import studio.serverless.runner.stepfunctions.processing.PayloadTemplate;
import studio.serverless.runner.stepfunctions.processing.VariableScope;

/**
 * The values a state computes beyond its paths: JSONata templates evaluated with {@code $states}, and the
 * variables an {@code Assign} sets. Every expression of a state reads the variables as they were when it was
 * entered; what it assigns is visible from the next state on.
 */
final class StateValues {

    /** AWS's limit on the variables one Assign sets, as JSON text. */
    static final int MAX_ASSIGNED_BYTES = 256 * 1024;

    private final StateEntry entry;

    StateValues(StateEntry entry) {
        this.entry = entry;
    }

    /** {@code $states}: the state's raw input, its context and, when not null, its result or error output. */
    ObjectNode states(JsonNode result, JsonNode errorOutput) {
        ObjectNode states = JsonNodeFactory.instance.objectNode();
        states.set("input", entry.rawInput());
        states.set("context", entry.context());
        if (result != null) {
            states.set("result", result);
        }
        if (errorOutput != null) {
            states.set("errorOutput", errorOutput);
        }
        return states;
    }

    /** A JSONata template ({@code field} names it in errors) filled with {@code states} and the variables. */
    JsonNode fill(String field, JsonNode template, ObjectNode states) {
        return JsonataEvaluator.fill(field, template, states, variables());
    }

    /** The value of one {@code {% %}} expression given for {@code field}, with {@code $states.input}. */
    JsonNode evaluate(String field, String expression) {
        return JsonataEvaluator.evaluate(field, expression, states(null, null), variables());
    }

    /** The value of an expression that must give a whole number of at least {@code minimum}. */
    long whole(String field, String expression, long minimum) {
        JsonNode value = evaluate(field, expression);
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < minimum) {
            throw JsonataEvaluator.failure(JsonataExpression.body(expression), field, "returned an unexpected"
                    + " result type. Expected a whole number of at least " + minimum + ", but was " + value);
        }
        return value.asLong();
    }

    /** What a JSONata Assign sets, with {@code states}; empty when {@code assign} is null. */
    Map<String, JsonNode> assigned(JsonNode assign, ObjectNode states) {
        return assign == null ? Map.of() : checked(fill("Assign", assign, states));
    }

    /** What a JSONPath Assign sets, its {@code x.$} paths reading {@code document} as {@code $}. */
    Map<String, JsonNode> assignedFrom(JsonNode assign, JsonNode document) {
        if (assign == null) {
            return Map.of();
        }
        return checked(PayloadTemplate.fill(assign, document, entry.context(), variables()::lookup));
    }

    VariableScope variables() {
        return entry.branch().variables();
    }

    private static Map<String, JsonNode> checked(JsonNode assigned) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = assigned.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            values.put(variable.getKey(), variable.getValue());
        }
        int bytes = assigned.toString().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_ASSIGNED_BYTES) {
            throw new StatesFailure(ErrorNames.DATA_LIMIT_EXCEEDED, "The variables assigned by one state are "
                    + bytes + " bytes of JSON, more than the " + MAX_ASSIGNED_BYTES + " a state may assign");
        }
        return values;
    }
}
