package studio.serverless.runner.sqs.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import studio.serverless.runner.sqs.engine.MessageAttributeValue;
import studio.serverless.runner.storage.StorageException;

/** Message attributes and queue attributes as JSON text columns. */
final class AttributeColumns {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Map<String, String>>> MESSAGE_ATTRIBUTES = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> TEXT_MAP = new TypeReference<>() {
    };

    private AttributeColumns() {
    }

    static String ofMessageAttributes(Map<String, MessageAttributeValue> attributes) {
        Map<String, Map<String, String>> plain = new LinkedHashMap<>();
        attributes.forEach((name, value) -> {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("type", value.dataType());
            if (value.binaryValue() != null) {
                fields.put("binary", Base64.getEncoder().encodeToString(value.binaryValue()));
            } else {
                fields.put("string", value.stringValue());
            }
            plain.put(name, fields);
        });
        return write(plain);
    }

    static Map<String, MessageAttributeValue> messageAttributes(String json) {
        Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>();
        read(json, MESSAGE_ATTRIBUTES).forEach((name, fields) -> attributes.put(name, new MessageAttributeValue(
                fields.get("type"), fields.get("string"),
                fields.containsKey("binary") ? Base64.getDecoder().decode(fields.get("binary")) : null)));
        return attributes;
    }

    static String ofText(Map<String, String> values) {
        return write(values);
    }

    static Map<String, String> text(String json) {
        return read(json, TEXT_MAP);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StorageException("cannot write attributes", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StorageException("the stored attributes are damaged", e);
        }
    }
}
