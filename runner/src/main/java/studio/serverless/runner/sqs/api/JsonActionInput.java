package studio.serverless.runner.sqs.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.sqs.engine.MessageAttributeValue;
import studio.serverless.runner.sqs.engine.SqsError;
import studio.serverless.runner.sqs.engine.SqsException;

/** Parameters from a JSON protocol body; a member of the wrong JSON type is a SerializationException. */
final class JsonActionInput implements ActionInput {

    private final JsonNode node;

    JsonActionInput(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw malformed("the request body is not a JSON object");
        }
        this.node = node;
    }

    @Override
    public String string(String name) {
        return text(node.get(name), name);
    }

    @Override
    public Integer integer(String name) {
        JsonNode value = node.get(name);
        if (absent(value)) {
            return null;
        }
        if (!value.isInt()) {
            throw malformed(name + " must be an integer");
        }
        return value.intValue();
    }

    @Override
    public List<String> stringList(String jsonName, String queryName) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : array(jsonName)) {
            values.add(text(item, jsonName));
        }
        return values;
    }

    @Override
    public Map<String, String> stringMap(String jsonName, String queryName) {
        Map<String, String> values = new LinkedHashMap<>();
        object(jsonName).fields().forEachRemaining(field -> values.put(field.getKey(), text(field.getValue(), jsonName)));
        return values;
    }

    @Override
    public Map<String, String> tagMap(String jsonName, String queryName) {
        return stringMap(jsonName, queryName);
    }

    @Override
    public Map<String, MessageAttributeValue> messageAttributes(String jsonName, String queryName) {
        Map<String, MessageAttributeValue> values = new LinkedHashMap<>();
        object(jsonName).fields().forEachRemaining(field -> {
            JsonActionInput value = new JsonActionInput(field.getValue());
            String binary = value.string("BinaryValue");
            values.put(field.getKey(), new MessageAttributeValue(value.required("DataType"),
                    value.string("StringValue"), binary == null ? null : decode(binary)));
        });
        return values;
    }

    @Override
    public List<ActionInput> entries(String jsonName, String queryName) {
        List<ActionInput> entries = new ArrayList<>();
        for (JsonNode item : array(jsonName)) {
            entries.add(new JsonActionInput(item));
        }
        return entries;
    }

    private JsonNode array(String name) {
        JsonNode value = node.get(name);
        if (absent(value)) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        if (!value.isArray()) {
            throw malformed(name + " must be a list");
        }
        return value;
    }

    private JsonNode object(String name) {
        JsonNode value = node.get(name);
        if (absent(value)) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        if (!value.isObject()) {
            throw malformed(name + " must be a map");
        }
        return value;
    }

    private static String text(JsonNode value, String name) {
        if (absent(value)) {
            return null;
        }
        if (!value.isTextual()) {
            throw malformed(name + " must be a string");
        }
        return value.textValue();
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw malformed("BinaryValue must be base64");
        }
    }

    private static boolean absent(JsonNode value) {
        return value == null || value.isNull();
    }

    private static SqsException malformed(String reason) {
        return new SqsException(SqsError.MALFORMED_REQUEST, "Malformed request: " + reason + ".");
    }
}
