package studio.serverless.runner.pattern;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code numeric}: operator and number pairs, {@code ["=", 5]} or up to one lower bound ({@code >}, {@code >=})
 * and one upper bound ({@code <}, {@code <=}), e.g. {@code [">", 0, "<=", 5]}.
 */
final class NumericRange {

    private static final Set<String> LOWER = Set.of(">", ">=");
    private static final Set<String> UPPER = Set.of("<", "<=");

    private NumericRange() {
    }

    static ValueMatcher compile(JsonNode argument, String where) {
        if (!argument.isArray() || argument.isEmpty() || argument.size() % 2 != 0 || argument.size() > 4) {
            throw new PatternException(where + " must be an array of operator and number pairs, not " + argument);
        }
        List<String> operators = new ArrayList<>();
        List<Double> bounds = new ArrayList<>();
        for (int i = 0; i < argument.size(); i += 2) {
            String operator = argument.get(i).asText();
            JsonNode bound = argument.get(i + 1);
            if (!argument.get(i).isTextual() || !(LOWER.contains(operator) || UPPER.contains(operator)
                    || operator.equals("="))) {
                throw new PatternException("unrecognized numeric range operator " + argument.get(i) + " in " + where);
            }
            if (!bound.isNumber()) {
                throw new PatternException("value of " + operator + " must be numeric in " + where + ", not " + bound);
            }
            operators.add(operator);
            bounds.add(bound.asDouble());
        }
        checkShape(operators, bounds, where);
        return ValueMatchers.numeric(operators, bounds);
    }

    private static void checkShape(List<String> operators, List<Double> bounds, String where) {
        if (operators.contains("=") && operators.size() > 1) {
            throw new PatternException("\"=\" cannot be combined with another operator in " + where);
        }
        long lower = operators.stream().filter(LOWER::contains).count();
        long upper = operators.stream().filter(UPPER::contains).count();
        if (lower > 1 || upper > 1) {
            throw new PatternException("a numeric range in " + where + " has at most one lower and one upper bound");
        }
        if (operators.size() == 2 && LOWER.contains(operators.get(0)) && bounds.get(0) >= bounds.get(1)) {
            throw new PatternException("bottom must be less than top in " + where);
        }
    }
}
