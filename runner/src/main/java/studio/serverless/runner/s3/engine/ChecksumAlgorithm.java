package studio.serverless.runner.s3.engine;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The additional checksums S3 computes and returns ({@code x-amz-checksum-crc32} and friends): each value is the
 * base64 of the big-endian checksum bytes, as the AWS SDKs send it.
 */
public enum ChecksumAlgorithm {
    CRC32, CRC32C, CRC64NVME, SHA1, SHA256;

    /** The header carrying this checksum, e.g. {@code x-amz-checksum-crc32}. */
    public String headerName() {
        return "x-amz-checksum-" + name().toLowerCase(Locale.ROOT);
    }

    /** The algorithm named by a header or an {@code x-amz-sdk-checksum-algorithm} value, or null. */
    public static ChecksumAlgorithm fromName(String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT).replace("X-AMZ-CHECKSUM-", "");
        for (ChecksumAlgorithm algorithm : values()) {
            if (algorithm.name().equals(upper)) {
                return algorithm;
            }
        }
        return null;
    }

    /** A fresh running checksum of this algorithm. */
    public RunningChecksum start() {
        return switch (this) {
            case CRC32 -> RunningChecksum.ofChecksum(new CRC32(), 4);
            case CRC32C -> RunningChecksum.ofChecksum(new CRC32C(), 4);
            case CRC64NVME -> RunningChecksum.ofChecksum(new Crc64Nvme(), 8);
            case SHA1 -> RunningChecksum.ofDigest(digest("SHA-1"));
            case SHA256 -> RunningChecksum.ofDigest(digest("SHA-256"));
        };
    }

    static MessageDigest digest(String name) {
        try {
            return MessageDigest.getInstance(name);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + name, e);
        }
    }
}
