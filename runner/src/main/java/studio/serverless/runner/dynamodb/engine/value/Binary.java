package studio.serverless.runner.dynamodb.engine.value;

import java.util.Arrays;
import java.util.Base64;

/** Immutable bytes of a binary attribute, compared as unsigned bytes as DynamoDB does. */
public final class Binary implements Comparable<Binary> {
    private final byte[] bytes;

    private Binary(byte[] bytes) {
        this.bytes = bytes;
    }

    /** @return a binary holding a copy of the bytes */
    public static Binary of(byte[] bytes) {
        return new Binary(bytes.clone());
    }

    /** @return the binary whose base64 text is given (the JSON wire form) */
    public static Binary ofBase64(String base64) {
        return new Binary(Base64.getDecoder().decode(base64));
    }

    /** @return a copy of the bytes */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** @return the number of bytes */
    public int length() {
        return bytes.length;
    }

    /** @return the base64 text of the bytes */
    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** @return whether these bytes start with the given prefix */
    public boolean startsWith(Binary prefix) {
        return prefix.bytes.length <= bytes.length
                && Arrays.equals(bytes, 0, prefix.bytes.length, prefix.bytes, 0, prefix.bytes.length);
    }

    /** @return whether the prefix bytes occur anywhere in these bytes */
    public boolean contains(Binary part) {
        for (int start = 0; start + part.bytes.length <= bytes.length; start++) {
            if (Arrays.equals(bytes, start, start + part.bytes.length, part.bytes, 0, part.bytes.length)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int compareTo(Binary other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Binary binary && Arrays.equals(bytes, binary.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return base64();
    }
}
