package studio.serverless.runner.sqs.engine;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The digests SQS returns and the AWS SDKs verify: the MD5 of the body, and the MD5 of the message attributes
 * computed over the attributes sorted by name, each as length-prefixed name, length-prefixed data type, a
 * transport byte (1 string, 2 binary) and the length-prefixed value, lengths as 4-byte big-endian integers.
 */
public final class MessageDigests {

    private static final byte STRING_TRANSPORT = 1;
    private static final byte BINARY_TRANSPORT = 2;

    private MessageDigests() {
    }

    /** The hex MD5 of the UTF-8 body. */
    public static String md5OfBody(String body) {
        return HexFormat.of().formatHex(digest("MD5").digest(utf8(body)));
    }

    /** The hex MD5 of the attributes as AWS computes it, or null when there are none. */
    public static String md5OfAttributes(Map<String, MessageAttributeValue> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return null;
        }
        MessageDigest md5 = digest("MD5");
        for (Map.Entry<String, MessageAttributeValue> entry : new TreeMap<>(attributes).entrySet()) {
            MessageAttributeValue value = entry.getValue();
            updateWithLength(md5, utf8(entry.getKey()));
            updateWithLength(md5, utf8(value.dataType()));
            if (value.binaryValue() != null) {
                md5.update(BINARY_TRANSPORT);
                updateWithLength(md5, value.binaryValue());
            } else {
                md5.update(STRING_TRANSPORT);
                updateWithLength(md5, utf8(value.stringValue() == null ? "" : value.stringValue()));
            }
        }
        return HexFormat.of().formatHex(md5.digest());
    }

    /** The hex SHA-256 of the UTF-8 body: the deduplication id of content-based deduplication. */
    public static String sha256OfBody(String body) {
        return HexFormat.of().formatHex(digest("SHA-256").digest(utf8(body)));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void updateWithLength(MessageDigest digest, byte[] bytes) {
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required of every Java platform", e);
        }
    }
}
