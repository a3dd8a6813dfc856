package studio.serverless.runner.pattern;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Pattern;

/** The leaf matchers of the pattern language; each compares one value found in the document. */
final class ValueMatchers {

    private ValueMatchers() {
    }

    /** A literal: strings equal strings, numbers equal numbers by value, and null, true and false themselves. */
    static ValueMatcher exact(JsonNode literal) {
        if (literal.isNumber()) {
            double expected = literal.asDouble();
            return value -> value.isNumber() && value.asDouble() == expected;
        }
        return value -> !value.isContainerNode() && value.getNodeType() == literal.getNodeType()
                && value.asText().equals(literal.asText());
    }

    static ValueMatcher prefix(String prefix, boolean ignoreCase) {
        return value -> value.isTextual() && value.asText().regionMatches(ignoreCase, 0, prefix, 0, prefix.length());
    }

    static ValueMatcher suffix(String suffix, boolean ignoreCase) {
        return value -> {
            String text = value.asText();
            return value.isTextual() && text.length() >= suffix.length()
                    && text.regionMatches(ignoreCase, text.length() - suffix.length(), suffix, 0, suffix.length());
        };
    }

    static ValueMatcher equalsIgnoreCase(String expected) {
        return value -> value.isTextual() && value.asText().equalsIgnoreCase(expected);
    }

    /** {@code *} stands for any run of characters; everything else is literal. */
    static ValueMatcher wildcard(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        Pattern compiled = Pattern.compile(regex.toString(), Pattern.DOTALL);
        return value -> value.isTextual() && compiled.matcher(value.asText()).matches();
    }

    /** Anything present that none of {@code excluded} matches. */
    static ValueMatcher anythingBut(List<ValueMatcher> excluded) {
        return value -> excluded.stream().noneMatch(matcher -> matcher.matches(value));
    }

    /** {@code "exists": true} matches any present leaf; {@code false} matches only absence. */
    static ValueMatcher exists(boolean exists) {
        return new ValueMatcher() {
            @Override
            public boolean matches(JsonNode value) {
                return exists && !value.isContainerNode();
            }

            @Override
            public boolean matchesAbsent() {
                return !exists;
            }
        };
    }

    /** Numbers within every bound of {@code comparisons} (operator, bound pairs). */
    static ValueMatcher numeric(List<String> operators, List<Double> bounds) {
        return value -> {
            if (!value.isNumber()) {
                return false;
            }
            double number = value.asDouble();
            for (int i = 0; i < operators.size(); i++) {
                if (!compare(number, operators.get(i), bounds.get(i))) {
                    return false;
                }
            }
            return true;
        };
    }

    private static boolean compare(double number, String operator, double bound) {
        return switch (operator) {
            case "<" -> number < bound;
            case "<=" -> number <= bound;
            case ">" -> number > bound;
            case ">=" -> number >= bound;
            default -> number == bound;
        };
    }

    static ValueMatcher cidr(CidrBlock block) {
        return value -> value.isTextual() && block.contains(value.asText());
    }

}
