package studio.serverless.runner.dynamodb.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.DynamoDbError;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;

/**
 * The errors of request members, worded as AWS words them: its deserializer's SerializationException texts for
 * members of the wrong JSON type, and its "1 validation error detected" texts for missing and out-of-enum values.
 */
final class MemberErrors {
    /** The order in which AWS lists an enum's values in its constraint message (recorded by dynalite). */
    private static final Map<String, List<String>> AWS_ENUM_ORDER = Map.of(
            "ReturnValues", List.of("ALL_NEW", "UPDATED_OLD", "ALL_OLD", "NONE", "UPDATED_NEW"),
            "Select", List.of("SPECIFIC_ATTRIBUTES", "COUNT", "ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES"),
            "ProjectionType", List.of("ALL", "INCLUDE", "KEYS_ONLY"));

    private MemberErrors() {
    }

    static DynamoDbException missing(String name) {
        return DynamoDbException.validation("1 validation error detected: Value null at '" + lowerFirst(name)
                + "' failed to satisfy constraint: Member must not be null");
    }

    static DynamoDbException notInEnum(String name, String text, List<String> allowed) {
        return DynamoDbException.validation("1 validation error detected: Value '" + text + "' at '"
                + lowerFirst(name) + "' failed to satisfy constraint: Member must satisfy enum value set: "
                + AWS_ENUM_ORDER.getOrDefault(name, allowed));
    }

    static DynamoDbException serialization(String message) {
        return DynamoDbException.of(DynamoDbError.SERIALIZATION, message);
    }

    static DynamoDbException wrongType(JsonNode value, String expected) {
        if (value.isArray()) {
            return serialization("Start of list found where not expected");
        }
        if (value.isObject()) {
            return serialization("Start of structure or map found where not expected.");
        }
        String actual = value.isTextual() ? "java.lang.String" : value.isBoolean() ? "java.lang.Boolean"
                : value.isIntegralNumber() ? "java.lang.Integer" : "java.lang.Double";
        // "an String" is AWS's own wording, kept so clients matching on it behave the same
        return serialization("class " + actual + " can not be converted to an " + expected);
    }

    static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
