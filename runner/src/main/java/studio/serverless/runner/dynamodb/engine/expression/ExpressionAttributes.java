package studio.serverless.runner.dynamodb.engine.expression;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * The ExpressionAttributeNames and ExpressionAttributeValues of one request. Parsers resolve placeholders here;
 * the placeholders used are remembered so that unused ones can be refused as AWS does. Not shared between
 * requests.
 */
public final class ExpressionAttributes {
    private final Map<String, String> names;
    private final Map<String, AttributeValue> values;
    private final Set<String> usedNames = new TreeSet<>();
    private final Set<String> usedValues = new TreeSet<>();

    /**
     * @param names  ExpressionAttributeNames, or null when absent
     * @param values ExpressionAttributeValues, or null when absent
     */
    public ExpressionAttributes(Map<String, String> names, Map<String, AttributeValue> values) {
        this.names = checkKeys(names, "ExpressionAttributeNames", '#');
        this.values = checkKeys(values, "ExpressionAttributeValues", ':');
    }

    /** @return attributes with no names and no values */
    public static ExpressionAttributes none() {
        return new ExpressionAttributes(null, null);
    }

    /** @return whether either map was given */
    public boolean isPresent() {
        return !names.isEmpty() || !values.isEmpty();
    }

    /** @return the attribute name a {@code #name} placeholder stands for */
    public String name(ExpressionKind kind, String placeholder) {
        String name = names.get(placeholder);
        if (name == null) {
            throw DynamoDbException.validation(kind.errorPrefix() + "An expression attribute name used in the "
                    + "document path is not defined; attribute name: " + placeholder);
        }
        usedNames.add(placeholder);
        return name;
    }

    /** @return the value a {@code :value} placeholder stands for */
    public AttributeValue value(ExpressionKind kind, String placeholder) {
        AttributeValue value = values.get(placeholder);
        if (value == null) {
            throw DynamoDbException.validation(kind.errorPrefix() + "An expression attribute value used in "
                    + "expression is not defined; attribute value: " + placeholder);
        }
        usedValues.add(placeholder);
        return value;
    }

    /** Refuses placeholders that no expression of the request used. */
    public void requireAllUsed() {
        requireUsed(names.keySet(), usedNames, "ExpressionAttributeNames");
        requireUsed(values.keySet(), usedValues, "ExpressionAttributeValues");
    }

    private static void requireUsed(Set<String> given, Set<String> used, String field) {
        Set<String> unused = new TreeSet<>(given);
        unused.removeAll(used);
        if (!unused.isEmpty()) {
            throw DynamoDbException.validation("Value provided in " + field + " unused in expressions: keys: {"
                    + String.join(", ", unused) + "}");
        }
    }

    private static <V> Map<String, V> checkKeys(Map<String, V> map, String field, char prefix) {
        if (map == null) {
            return Map.of();
        }
        if (map.isEmpty()) {
            throw DynamoDbException.validation(field + " must not be empty");
        }
        for (String key : map.keySet()) {
            if (key.length() < 2 || key.charAt(0) != prefix) {
                throw DynamoDbException.validation(field + " contains invalid key: Syntax error; key: \"" + key
                        + "\"");
            }
        }
        return Map.copyOf(map);
    }
}
