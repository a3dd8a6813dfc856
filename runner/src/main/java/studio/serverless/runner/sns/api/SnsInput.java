package studio.serverless.runner.sns.api;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.sns.engine.SnsException;
import studio.serverless.runner.sqs.engine.MessageAttributeValue;

/**
 * An SNS action's parameters from the query protocol's flat form, seen through a prefix so a batch entry
 * ({@code PublishBatchRequestEntries.member.2.Message}) reads like a top-level parameter.
 */
final class SnsInput {

    private final Map<String, String> form;
    private final String prefix;

    SnsInput(Map<String, String> form) {
        this(form, "");
    }

    private SnsInput(Map<String, String> form, String prefix) {
        this.form = form;
        this.prefix = prefix;
    }

    /** A parameter, or null when absent. */
    String string(String name) {
        return form.get(prefix + name);
    }

    /** A required parameter: InvalidParameter when absent or empty. */
    String required(String name) {
        String value = string(name);
        if (value == null || value.isEmpty()) {
            throw SnsException.invalidParameter(name + " Reason: no value for required parameter");
        }
        return value;
    }

    /** A map of strings ({@code name.entry.N.key} and {@code .value}); empty when absent. */
    Map<String, String> map(String name) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 1; string(name + ".entry." + i + ".key") != null; i++) {
            String value = string(name + ".entry." + i + ".value");
            values.put(string(name + ".entry." + i + ".key"), value == null ? "" : value);
        }
        return values;
    }

    /** Tags ({@code name.member.N.Key} and {@code .Value}); empty when absent. A missing value is empty. */
    Map<String, String> tags(String name) {
        Map<String, String> values = new LinkedHashMap<>();
        for (SnsInput member : members(name)) {
            String value = member.string("Value");
            values.put(member.required("Key"), value == null ? "" : value);
        }
        return values;
    }

    /** A list of strings ({@code name.member.N}); empty when absent. */
    List<String> strings(String name) {
        List<String> values = new ArrayList<>();
        for (int i = 1; string(name + ".member." + i) != null; i++) {
            values.add(string(name + ".member." + i));
        }
        return values;
    }

    /** Message attributes ({@code name.entry.N.Name}, {@code .Value.DataType}, ...); empty when absent. */
    Map<String, MessageAttributeValue> messageAttributes(String name) {
        Map<String, MessageAttributeValue> values = new LinkedHashMap<>();
        for (int i = 1; string(name + ".entry." + i + ".Name") != null; i++) {
            String valuePrefix = name + ".entry." + i + ".Value.";
            String type = string(valuePrefix + "DataType");
            if (type == null || type.isEmpty()) {
                throw SnsException.invalidParameter("The message attribute '" + string(name + ".entry." + i
                        + ".Name") + "' must contain a data type.");
            }
            String binary = string(valuePrefix + "BinaryValue");
            values.put(string(name + ".entry." + i + ".Name"), new MessageAttributeValue(type,
                    string(valuePrefix + "StringValue"), binary == null ? null : decode(binary)));
        }
        return values;
    }

    /** The members of a list of structures ({@code name.member.N.*}); empty when absent. */
    List<SnsInput> members(String name) {
        List<SnsInput> members = new ArrayList<>();
        for (int i = 1; hasMember(prefix + name + ".member." + i + "."); i++) {
            members.add(new SnsInput(form, prefix + name + ".member." + i + "."));
        }
        return members;
    }

    private boolean hasMember(String memberPrefix) {
        return form.keySet().stream().anyMatch(key -> key.startsWith(memberPrefix));
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw SnsException.invalidParameter("BinaryValue Reason: the value is not base64");
        }
    }
}
