package studio.serverless.runner.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import studio.serverless.runner.stepfunctions.error.ErrorNames;
import studio.serverless.runner.stepfunctions.error.StatesFailure;
import studio.serverless.runner.stepfunctions.jsonata.JsonataEvaluator;
import studio.serverless.runner.stepfunctions.jsonata.JsonataExpression;
import studio.serverless.runner.stepfunctions.language.ChoiceRule;
import studio.serverless.runner.stepfunctions.language.ComparisonOperator;
import studio.serverless.runner.stepfunctions.path.JsonPath;

/**
 * Evaluates Choice rules as the specification says: a comparison of values of the wrong type is false, a
 * Variable (or *Path) that selects nothing is a States.Runtime error, except for IsPresent. Paths may read workflow
 * variables ({@code $order.total}). A JSONata Condition must be true or false, else States.QueryEvaluationError.
 */
final class ChoiceEvaluator {

    private ChoiceEvaluator() {
    }

    static boolean holds(ChoiceRule rule, JsonNode input, StateEntry entry) {
        if (rule instanceof ChoiceRule.And and) {
            return and.rules().stream().allMatch(inner -> holds(inner, input, entry));
        }
        if (rule instanceof ChoiceRule.Or or) {
            return or.rules().stream().anyMatch(inner -> holds(inner, input, entry));
        }
        if (rule instanceof ChoiceRule.Not not) {
            return !holds(not.rule(), input, entry);
        }
        if (rule instanceof ChoiceRule.Condition condition) {
            return condition(condition.condition(), entry);
        }
        return compare((ChoiceRule.Comparison) rule, input, entry.values().variables()::lookup);
    }

    private static boolean condition(JsonNode condition, StateEntry entry) {
        if (condition.isBoolean()) {
            return condition.asBoolean();
        }
        JsonNode value = JsonataEvaluator.evaluate("Condition", condition.asText(),
                entry.values().states(null, null), entry.values().variables());
        if (!value.isBoolean()) {
            throw JsonataEvaluator.failure(JsonataExpression.body(condition.asText()), "Condition",
                    "returned an unexpected result type. Expected 'boolean', but was " + value);
        }
        return value.asBoolean();
    }

    private static boolean compare(ChoiceRule.Comparison comparison, JsonNode input,
                                   Function<String, JsonNode> variables) {
        ComparisonOperator operator = comparison.operator();
        Optional<JsonNode> found = comparison.variable().find(input, variables);
        if (operator == ComparisonOperator.IsPresent) {
            return found.isPresent() == comparison.value().asBoolean();
        }
        JsonNode value = found.orElseThrow(() -> invalid(comparison.variable(), input));
        if (operator.operand() == ComparisonOperator.Operand.TEST) {
            return test(operator, value) == comparison.value().asBoolean();
        }
        JsonNode expected = comparison.valuePath() == null ? comparison.value()
                : comparison.valuePath().find(input, variables)
                .orElseThrow(() -> invalid(comparison.valuePath(), input));
        return Comparisons.compare(operator, value, expected);
    }

    private static boolean test(ComparisonOperator operator, JsonNode value) {
        return switch (operator) {
            case IsNull -> value.isNull();
            case IsNumeric -> value.isNumber();
            case IsString -> value.isTextual();
            case IsBoolean -> value.isBoolean();
            default -> value.isTextual() && timestamp(value.asText()) != null;
        };
    }

    static OffsetDateTime timestamp(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException notTimestamp) {
            return null;
        }
    }

    static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '*') {
                regex.append(".*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static StatesFailure invalid(JsonPath path, JsonNode input) {
        return new StatesFailure(ErrorNames.RUNTIME, "Invalid path '" + path
                + "': The choice state's condition path references an invalid value: " + input);
    }
}
