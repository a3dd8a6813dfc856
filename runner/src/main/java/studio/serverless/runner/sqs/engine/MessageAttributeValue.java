package studio.serverless.runner.sqs.engine;

import java.util.Arrays;
import java.util.Objects;

/**
 * A message attribute: its data type ({@code String}, {@code Number}, {@code Binary}, optionally with a
 * {@code .label} suffix) and either a string value or a binary value.
 *
 * @param dataType    the data type, e.g. {@code String} or {@code Number.int}
 * @param stringValue the value for String and Number types, or null
 * @param binaryValue the value for Binary types, or null
 */
public record MessageAttributeValue(String dataType, String stringValue, byte[] binaryValue) {

    /** Requires a data type and copies the binary value (the engine checks types when a message is sent). */
    public MessageAttributeValue {
        Objects.requireNonNull(dataType);
        binaryValue = binaryValue == null ? null : binaryValue.clone();
    }

    /** A String-typed attribute. */
    public static MessageAttributeValue string(String value) {
        return new MessageAttributeValue("String", value, null);
    }

    /** Whether the base type (before any {@code .label}) is Binary. */
    public boolean isBinary() {
        return baseType().equals("Binary");
    }

    /** The data type without its custom label. */
    public String baseType() {
        int dot = dataType.indexOf('.');
        return dot < 0 ? dataType : dataType.substring(0, dot);
    }

    /** The value's size as AWS counts it towards the message size: type plus value bytes. */
    public int size() {
        int valueSize = binaryValue != null ? binaryValue.length
                : stringValue == null ? 0 : MessageDigests.utf8(stringValue).length;
        return MessageDigests.utf8(dataType).length + valueSize;
    }

    @Override
    public byte[] binaryValue() {
        return binaryValue == null ? null : binaryValue.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MessageAttributeValue that && dataType.equals(that.dataType)
                && Objects.equals(stringValue, that.stringValue) && Arrays.equals(binaryValue, that.binaryValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dataType, stringValue, Arrays.hashCode(binaryValue));
    }
}
