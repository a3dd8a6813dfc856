package studio.serverless.runner.sqs.api;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.sqs.engine.MessageAttributeValue;
import studio.serverless.runner.sqs.engine.SqsException;

/**
 * Parameters from the query protocol's flat form ({@code Attribute.1.Name=...}), seen through a prefix so
 * batch entries ({@code SendMessageBatchRequestEntry.2.MessageBody}) read like top-level parameters.
 */
final class QueryActionInput implements ActionInput {

    private final Map<String, String> form;
    private final String prefix;

    QueryActionInput(Map<String, String> form) {
        this(form, "");
    }

    private QueryActionInput(Map<String, String> form, String prefix) {
        this.form = form;
        this.prefix = prefix;
    }

    @Override
    public String string(String name) {
        return form.get(prefix + name);
    }

    @Override
    public Integer integer(String name) {
        String value = string(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw SqsException.invalidParameter(name, value, "Must be an integer.");
        }
    }

    @Override
    public List<String> stringList(String jsonName, String queryName) {
        List<String> values = new ArrayList<>();
        for (int i = 1; string(queryName + "." + i) != null; i++) {
            values.add(string(queryName + "." + i));
        }
        return values;
    }

    @Override
    public Map<String, String> stringMap(String jsonName, String queryName) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 1; string(queryName + "." + i + ".Name") != null; i++) {
            String value = string(queryName + "." + i + ".Value");
            values.put(string(queryName + "." + i + ".Name"), value == null ? "" : value);
        }
        return values;
    }

    @Override
    public Map<String, String> tagMap(String jsonName, String queryName) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 1; string(queryName + "." + i + ".Key") != null; i++) {
            String value = string(queryName + "." + i + ".Value");
            values.put(string(queryName + "." + i + ".Key"), value == null ? "" : value);
        }
        return values;
    }

    @Override
    public Map<String, MessageAttributeValue> messageAttributes(String jsonName, String queryName) {
        Map<String, MessageAttributeValue> values = new LinkedHashMap<>();
        for (int i = 1; string(queryName + "." + i + ".Name") != null; i++) {
            QueryActionInput value = new QueryActionInput(form, prefix + queryName + "." + i + ".Value.");
            String binary = value.string("BinaryValue");
            values.put(string(queryName + "." + i + ".Name"), new MessageAttributeValue(value.required("DataType"),
                    value.string("StringValue"), binary == null ? null : decode(binary)));
        }
        return values;
    }

    @Override
    public List<ActionInput> entries(String jsonName, String queryName) {
        List<ActionInput> entries = new ArrayList<>();
        for (int i = 1; hasEntry(prefix + queryName + "." + i + "."); i++) {
            entries.add(new QueryActionInput(form, prefix + queryName + "." + i + "."));
        }
        return entries;
    }

    private boolean hasEntry(String entryPrefix) {
        return form.keySet().stream().anyMatch(key -> key.startsWith(entryPrefix));
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw SqsException.invalidParameter("BinaryValue", base64, "Must be base64.");
        }
    }
}
