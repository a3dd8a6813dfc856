package studio.serverless.runner.stepfunctions.language;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import studio.serverless.runner.stepfunctions.path.JsonPath;

/** A Choice rule: a comparison, or And, Or and Not over rules. */
public sealed interface ChoiceRule {

    /** Holds when every rule holds. */
    record And(List<ChoiceRule> rules) implements ChoiceRule {
    }

    /** Holds when any rule holds. */
    record Or(List<ChoiceRule> rules) implements ChoiceRule {
    }

    /** Holds when the rule does not. */
    record Not(ChoiceRule rule) implements ChoiceRule {
    }

    /** A JSONata rule: holds when {@code condition} (true, false or a {% %} expression) is true. */
    record Condition(JsonNode condition) implements ChoiceRule {
    }

    /**
     * {@code Variable} compared by {@code operator} with a literal {@code value}, or with the value at
     * {@code valuePath} for the {@code *Path} operators.
     */
    record Comparison(JsonPath variable, ComparisonOperator operator, JsonNode value, JsonPath valuePath)
            implements ChoiceRule {
    }
}
