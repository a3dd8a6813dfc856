package studio.serverless.runner.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import studio.serverless.runner.stepfunctions.error.StatesFailure;
import studio.serverless.runner.stepfunctions.jsonata.JsonataExpression;
import studio.serverless.runner.stepfunctions.language.FailState;
import studio.serverless.runner.stepfunctions.processing.PayloadTemplate;

/** Fail: ends the branch with its Error and Cause, literal or computed from the input by a path or function. */
final class FailBehaviour implements StateBehaviour {

    @Override
    public void attempt(StateEntry entry) {
        FailState fail = (FailState) entry.state();
        String error = fail.error() != null ? literal(entry, "Error", fail.error())
                : computed(entry, "ErrorPath", fail.errorPath());
        String cause = fail.cause() != null ? literal(entry, "Cause", fail.cause())
                : computed(entry, "CausePath", fail.causePath());
        entry.branch().fail(new StatesFailure(error, cause));
    }

    /** A literal Error or Cause, or in JSONata the value of its {@code {% %}} expression. */
    private static String literal(StateEntry entry, String field, String value) {
        if (!entry.state().flow().jsonata() || !JsonataExpression.is(value)) {
            return value;
        }
        JsonNode computed = entry.values().evaluate(field, value);
        return computed.isTextual() ? computed.asText() : computed.toString();
    }

    private static String computed(StateEntry entry, String field, String expression) {
        if (expression == null) {
            return null;
        }
        JsonNode value = PayloadTemplate.dynamic(field, expression, entry.rawInput(), entry.context());
        return value.isTextual() ? value.asText() : value.toString();
    }
}
