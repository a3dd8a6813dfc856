package studio.serverless.runner.stepfunctions.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import studio.serverless.runner.stepfunctions.path.JsonPath;

/** Reads and checks the rules of a Choice state: comparisons, And, Or, Not; Next only at the top level. */
final class ChoiceRuleParser {

    private ChoiceRuleParser() {
    }

    static List<ChoiceBranch> choices(Fields state, QueryLanguage language) {
        ArrayNode choices = state.array("Choices", true);
        List<ChoiceBranch> branches = new ArrayList<>();
        if (choices != null && choices.isEmpty()) {
            state.report("Choices", "must hold at least one rule");
        }
        for (int i = 0; choices != null && i < choices.size(); i++) {
            Fields rule = ruleFields(state, "Choices[" + i + "]", choices.get(i));
            if (rule != null) {
                branches.add(branch(rule, language));
            }
        }
        return List.copyOf(branches);
    }

    private static ChoiceBranch branch(Fields rule, QueryLanguage language) {
        if (language == QueryLanguage.JSONATA) {
            return JsonataChoiceParser.branch(rule);
        }
        String next = rule.text("Next", true);
        return new ChoiceBranch(rule(rule), next, AssignChecks.assign(rule, language), null);
    }

    private static Fields ruleFields(Fields parent, String field, JsonNode node) {
        if (!node.isObject()) {
            parent.report(field, "must be a Choice rule object, not " + node);
            return null;
        }
        return new Fields((ObjectNode) node, parent.location() + "." + field, parent.owner() + ", " + field,
                parent.problems());
    }

    private static ChoiceRule rule(Fields rule) {
        if (rule.has("And") || rule.has("Or")) {
            String field = rule.has("And") ? "And" : "Or";
            ArrayNode array = rule.array(field, true);
            List<ChoiceRule> rules = new ArrayList<>();
            for (int i = 0; array != null && i < array.size(); i++) {
                Fields inner = nested(rule, field + "[" + i + "]", array.get(i));
                if (inner != null) {
                    rules.add(rule(inner));
                }
            }
            if (array != null && array.isEmpty()) {
                rule.report(field, "must hold at least one rule");
            }
            return "And".equals(field) ? new ChoiceRule.And(rules) : new ChoiceRule.Or(rules);
        }
        if (rule.has("Not")) {
            Fields inner = nested(rule, "Not", rule.node().get("Not"));
            return new ChoiceRule.Not(inner == null ? null : rule(inner));
        }
        return comparison(rule);
    }

    private static Fields nested(Fields parent, String field, JsonNode node) {
        Fields inner = ruleFields(parent, field, node);
        if (inner != null && inner.has("Next")) {
            inner.report("Next", "only a top-level Choice rule has Next, not one inside And, Or or Not");
        }
        return inner;
    }

    private static ChoiceRule comparison(Fields rule) {
        if (rule.has("Condition")) {
            rule.report("Condition", "is a JSONata field, but this state uses JSONPath; set \"QueryLanguage\":"
                    + " \"JSONata\" on the state or compare a Variable with an operator such as StringEquals");
            return new ChoiceRule.Comparison(null, ComparisonOperator.IsPresent, null, null);
        }
        JsonPath variable = rule.path("Variable", false);
        if (!rule.has("Variable")) {
            rule.report("Variable", "is required in a comparison (or use And, Or, Not)");
        }
        List<String> operators = new ArrayList<>();
        for (Iterator<String> names = rule.node().fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!List.of("Variable", "Next", "Comment", "Assign").contains(name)) {
                operators.add(name);
            }
        }
        if (operators.size() != 1) {
            rule.report("", "a comparison needs exactly one operator such as StringEquals or IsPresent, but has "
                    + (operators.isEmpty() ? "none" : operators));
            return new ChoiceRule.Comparison(variable, ComparisonOperator.IsPresent, null, null);
        }
        return operator(rule, variable, operators.get(0));
    }

    private static ChoiceRule operator(Fields rule, JsonPath variable, String field) {
        boolean pathVariant = field.endsWith("Path");
        String name = pathVariant ? field.substring(0, field.length() - 4) : field;
        Optional<ComparisonOperator> operator = ComparisonOperator.named(name)
                .filter(found -> !pathVariant || found.hasPathVariant());
        if (operator.isEmpty()) {
            rule.report(field, "is not a Choice comparison operator");
            return new ChoiceRule.Comparison(variable, ComparisonOperator.IsPresent, null, null);
        }
        JsonNode value = rule.node().get(field);
        if (pathVariant) {
            return new ChoiceRule.Comparison(variable, operator.get(), null, rule.path(field, false));
        }
        checkLiteral(rule, field, operator.get(), value);
        return new ChoiceRule.Comparison(variable, operator.get(), value, null);
    }

    private static void checkLiteral(Fields rule, String field, ComparisonOperator operator, JsonNode value) {
        boolean ok = switch (operator.operand()) {
            case STRING -> value.isTextual();
            case NUMBER -> value.isNumber();
            case BOOLEAN, TEST -> value.isBoolean();
            case TIMESTAMP -> value.isTextual() && isTimestamp(value.asText());
        };
        if (!ok) {
            String expected = switch (operator.operand()) {
                case STRING -> "a string";
                case NUMBER -> "a number";
                case BOOLEAN, TEST -> "true or false";
                case TIMESTAMP -> "an RFC 3339 timestamp such as 2016-03-14T01:59:00Z";
            };
            rule.report(field, "must be " + expected + ", not " + value);
        }
    }

    /** Whether {@code text} is an RFC 3339 timestamp (date, time, offset or Z). */
    static boolean isTimestamp(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException notTimestamp) {
            return false;
        }
    }
}
