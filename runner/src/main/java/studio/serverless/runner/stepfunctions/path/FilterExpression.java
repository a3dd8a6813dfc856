package studio.serverless.runner.stepfunctions.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSONPath filter, {@code ?(@.price < 10 && @.isbn)}: comparisons of a relative path with a literal, or the
 * presence of a relative path, joined by {@code &&} (binding tighter) and {@code ||}.
 */
final class FilterExpression implements Predicate<JsonNode> {

    private static final Pattern COMPARISON =
            Pattern.compile("\\s*(@[^=!<>]*?)\\s*(==|!=|<=|>=|<|>)\\s*(.+?)\\s*");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<List<Predicate<JsonNode>>> alternatives;

    private FilterExpression(List<List<Predicate<JsonNode>>> alternatives) {
        this.alternatives = alternatives;
    }

    /** Compiles the text between {@code ?(} and {@code )}. */
    static FilterExpression compile(String path, int position, String text) {
        List<List<Predicate<JsonNode>>> alternatives = new ArrayList<>();
        for (String alternative : text.split("\\|\\|")) {
            List<Predicate<JsonNode>> all = new ArrayList<>();
            for (String term : alternative.split("&&")) {
                all.add(term(path, position, term.trim()));
            }
            alternatives.add(all);
        }
        return new FilterExpression(alternatives);
    }

    @Override
    public boolean test(JsonNode node) {
        return alternatives.stream().anyMatch(all -> all.stream().allMatch(term -> term.test(node)));
    }

    private static Predicate<JsonNode> term(String path, int position, String term) {
        Matcher comparison = COMPARISON.matcher(term);
        if (comparison.matches()) {
            JsonPath left = relative(path, position, comparison.group(1).trim());
            JsonNode right = literal(path, position, comparison.group(3));
            String operator = comparison.group(2);
            return node -> left.find(node).map(value -> compare(value, operator, right)).orElse(false);
        }
        if (term.startsWith("@")) {
            JsonPath present = relative(path, position, term);
            return node -> present.find(node).isPresent();
        }
        throw new InvalidPathException(path, position, "expected a filter such as ?(@.price < 10), not '" + term + "'");
    }

    private static JsonPath relative(String path, int position, String text) {
        try {
            return JsonPath.compile("$" + text.substring(1));
        } catch (InvalidPathException invalid) {
            throw new InvalidPathException(path, position, "the filter path '" + text + "' is invalid");
        }
    }

    private static JsonNode literal(String path, int position, String text) {
        String json = text.startsWith("'") && text.endsWith("'") && text.length() >= 2
                ? MAPPER.getNodeFactory().textNode(text.substring(1, text.length() - 1)).toString() : text;
        try {
            return MAPPER.readTree(json);
        } catch (Exception notJson) {
            throw new InvalidPathException(path, position, "the filter value " + text + " is not a literal");
        }
    }

    private static boolean compare(JsonNode left, String operator, JsonNode right) {
        int order;
        if (left.isNumber() && right.isNumber()) {
            order = new BigDecimal(left.asText()).compareTo(new BigDecimal(right.asText()));
        } else if (left.isTextual() && right.isTextual()) {
            order = left.asText().compareTo(right.asText());
        } else {
            boolean equal = left.equals(right);
            return "==".equals(operator) ? equal : "!=".equals(operator) && !equal;
        }
        return switch (operator) {
            case "==" -> order == 0;
            case "!=" -> order != 0;
            case "<" -> order < 0;
            case "<=" -> order <= 0;
            case ">" -> order > 0;
            default -> order >= 0;
        };
    }
}
