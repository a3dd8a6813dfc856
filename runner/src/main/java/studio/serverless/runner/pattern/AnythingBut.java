package studio.serverless.runner.pattern;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code anything-but}: a value, a list of strings or of numbers, or one of {@code prefix}, {@code suffix},
 * {@code wildcard} and {@code equals-ignore-case} (each with a string or a list of strings).
 */
final class AnythingBut {

    private AnythingBut() {
    }

    static ValueMatcher compile(JsonNode argument, String where) {
        List<ValueMatcher> excluded = new ArrayList<>();
        if (argument.isObject()) {
            if (argument.size() != 1) {
                throw new PatternException(where + " takes exactly one operator, not " + argument);
            }
            String operator = argument.fieldNames().next();
            for (JsonNode item : MatchOperators.listOf(argument.get(operator))) {
                excluded.add(inner(operator, item, where));
            }
        } else {
            List<JsonNode> items = MatchOperators.listOf(argument);
            if (items.isEmpty()) {
                throw new PatternException(where + " needs at least one value");
            }
            boolean numbers = items.get(0).isNumber();
            for (JsonNode item : items) {
                if (!(item.isTextual() || item.isNumber()) || item.isNumber() != numbers) {
                    throw new PatternException(where + " values must be all strings or all numbers, not " + argument);
                }
                excluded.add(ValueMatchers.exact(item));
            }
        }
        return ValueMatchers.anythingBut(excluded);
    }

    private static ValueMatcher inner(String operator, JsonNode item, String where) {
        String text = MatchOperators.text(item, where + "/" + operator);
        return switch (operator) {
            case "prefix" -> ValueMatchers.prefix(text, false);
            case "suffix" -> ValueMatchers.suffix(text, false);
            case "equals-ignore-case" -> ValueMatchers.equalsIgnoreCase(text);
            case "wildcard" -> MatchOperators.wildcard(text, where);
            default -> throw new PatternException("unsupported anything-but pattern: " + operator + " in " + where);
        };
    }
}
