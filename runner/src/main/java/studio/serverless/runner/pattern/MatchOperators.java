package studio.serverless.runner.pattern;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The pattern language's operators, written as a one-key object in a field's value list:
 * {@code prefix}, {@code suffix}, {@code equals-ignore-case}, {@code wildcard}, {@code anything-but},
 * {@code numeric}, {@code exists} and {@code cidr}.
 */
final class MatchOperators {

    private MatchOperators() {
    }

    static ValueMatcher compile(JsonNode operator, String path) {
        if (operator.size() != 1) {
            throw new PatternException("a match operator at " + path + " must have exactly one key, not " + operator);
        }
        String name = operator.fieldNames().next();
        JsonNode argument = operator.get(name);
        String where = name + " at " + path;
        return switch (name) {
            case "prefix" -> affix(argument, where, true);
            case "suffix" -> affix(argument, where, false);
            case "equals-ignore-case" -> ValueMatchers.equalsIgnoreCase(text(argument, where));
            case "wildcard" -> wildcard(text(argument, where), where);
            case "anything-but" -> AnythingBut.compile(argument, where);
            case "numeric" -> NumericRange.compile(argument, where);
            case "exists" -> exists(argument, where);
            case "cidr" -> ValueMatchers.cidr(CidrBlock.parse(text(argument, where)));
            default -> throw new PatternException("unrecognized match type " + name + " at " + path);
        };
    }

    /** A prefix or suffix given as a string or as {@code {"equals-ignore-case": "..."}}. */
    static ValueMatcher affix(JsonNode argument, String where, boolean prefix) {
        boolean ignoreCase = argument.isObject() && argument.size() == 1 && argument.has("equals-ignore-case");
        String text = text(ignoreCase ? argument.get("equals-ignore-case") : argument, where);
        return prefix ? ValueMatchers.prefix(text, ignoreCase) : ValueMatchers.suffix(text, ignoreCase);
    }

    static ValueMatcher wildcard(String pattern, String where) {
        if (pattern.contains("**")) {
            throw new PatternException(where + " cannot have consecutive wildcard characters");
        }
        return ValueMatchers.wildcard(pattern);
    }

    static String text(JsonNode argument, String where) {
        if (!argument.isTextual()) {
            throw new PatternException(where + " must be a string, not " + argument);
        }
        return argument.asText();
    }

    private static ValueMatcher exists(JsonNode argument, String where) {
        if (!argument.isBoolean()) {
            throw new PatternException(where + " must be true or false, not " + argument);
        }
        return ValueMatchers.exists(argument.asBoolean());
    }

    /** The elements of {@code argument}, itself when not an array. */
    static List<JsonNode> listOf(JsonNode argument) {
        List<JsonNode> items = new ArrayList<>();
        if (argument.isArray()) {
            argument.forEach(items::add);
        } else {
            items.add(argument);
        }
        return items;
    }
}
