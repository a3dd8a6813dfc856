package studio.serverless.runner.stepfunctions.language;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import studio.serverless.runner.stepfunctions.jsonata.JsonataExpression;

/** Reads a Choice rule of a JSONata state: a Condition, Next, and optionally Assign and Output. */
final class JsonataChoiceParser {

    private static final Set<String> RULE_FIELDS = Set.of("Condition", "Next", "Assign", "Output", "Comment");

    private JsonataChoiceParser() {
    }

    static ChoiceBranch branch(Fields rule) {
        rule.onlyAllowed(RULE_FIELDS, "a Choice rule of a JSONata state");
        String next = rule.text("Next", true);
        JsonNode assign = AssignChecks.assign(rule, QueryLanguage.JSONATA);
        JsonNode condition = rule.node().get("Condition");
        if (condition == null) {
            rule.report("Condition", "is required in a Choice rule of a JSONata state");
        } else if (!condition.isBoolean() && !JsonataExpression.is(condition)) {
            rule.report("Condition", "must be a {% %} expression or true or false, not " + condition);
        } else {
            JsonataChecks.expression(rule, "Condition", condition);
        }
        return new ChoiceBranch(new ChoiceRule.Condition(condition), next, assign,
                JsonataChecks.template(rule, "Output"));
    }
}
