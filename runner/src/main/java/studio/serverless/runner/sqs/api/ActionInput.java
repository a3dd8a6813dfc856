package studio.serverless.runner.sqs.api;

import java.util.List;
import java.util.Map;
import studio.serverless.runner.sqs.engine.MessageAttributeValue;

/**
 * An action's parameters, read the same way whichever protocol carried them. Members have their JSON names;
 * where the query protocol flattens a collection under another name ({@code Attribute.1.Name},
 * {@code AttributeName.1}), the caller passes that name too. A value of the wrong shape throws an SqsException.
 */
interface ActionInput {

    /** A string member, or null when absent. */
    String string(String name);

    /** An integer member, or null when absent. */
    Integer integer(String name);

    /** A list of strings ({@code queryName.1, queryName.2, ...} in the query protocol); empty when absent. */
    List<String> stringList(String jsonName, String queryName);

    /** A string-to-string map ({@code queryName.N.Name} / {@code .Value} in the query protocol); empty when absent. */
    Map<String, String> stringMap(String jsonName, String queryName);

    /**
     * Tags: a JSON object under {@code jsonName}, or {@code queryName.N.Key} / {@code .Value} pairs in the query
     * protocol; empty when absent.
     */
    Map<String, String> tagMap(String jsonName, String queryName);

    /** Message attributes ({@code queryName.N.Name}, {@code .Value.DataType}, ...); empty when absent. */
    Map<String, MessageAttributeValue> messageAttributes(String jsonName, String queryName);

    /** The entries of a batch ({@code queryName.N.*} in the query protocol); empty when absent. */
    List<ActionInput> entries(String jsonName, String queryName);

    /** A required string member: MissingParameter when absent or empty. */
    default String required(String name) {
        String value = string(name);
        if (value == null || value.isEmpty()) {
            throw studio.serverless.runner.sqs.engine.SqsException.missingParameter(name);
        }
        return value;
    }
}
