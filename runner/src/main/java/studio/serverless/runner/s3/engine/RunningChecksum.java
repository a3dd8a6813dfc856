package studio.serverless.runner.s3.engine;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.zip.Checksum;

/** A checksum or digest fed as bytes stream past, giving its value as base64 of the big-endian bytes. */
public interface RunningChecksum {

    /** Feeds {@code length} bytes of {@code bytes} from {@code offset}. */
    void update(byte[] bytes, int offset, int length);

    /** The value so far as raw bytes. */
    byte[] value();

    /** The value so far, base64. */
    default String base64() {
        return Base64.getEncoder().encodeToString(value());
    }

    /** A CRC-style checksum whose value has {@code width} bytes. */
    static RunningChecksum ofChecksum(Checksum checksum, int width) {
        return new RunningChecksum() {
            @Override
            public void update(byte[] bytes, int offset, int length) {
                checksum.update(bytes, offset, length);
            }

            @Override
            public byte[] value() {
                byte[] full = ByteBuffer.allocate(8).putLong(checksum.getValue()).array();
                return java.util.Arrays.copyOfRange(full, 8 - width, 8);
            }
        };
    }

    /** A message digest (SHA-1, SHA-256, MD5). */
    static RunningChecksum ofDigest(MessageDigest digest) {
        return new RunningChecksum() {
            @Override
            public void update(byte[] bytes, int offset, int length) {
                digest.update(bytes, offset, length);
            }

            @Override
            public byte[] value() {
                try {
                    return ((MessageDigest) digest.clone()).digest();
                } catch (CloneNotSupportedException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }
}
