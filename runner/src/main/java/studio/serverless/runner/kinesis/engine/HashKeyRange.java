package studio.serverless.runner.kinesis.engine;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * A shard's slice of the 128-bit hash key space, inclusive at both ends. A record goes to the shard whose range
 * holds the MD5 of its partition key (as an unsigned integer) or its explicit hash key, as on AWS.
 *
 * @param start the first hash key
 * @param end   the last hash key
 */
public record HashKeyRange(BigInteger start, BigInteger end) {

    /** The largest hash key, 2^128 - 1. */
    public static final BigInteger MAX_HASH_KEY = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

    /** Whether {@code hashKey} falls in this range. */
    public boolean contains(BigInteger hashKey) {
        return start.compareTo(hashKey) <= 0 && hashKey.compareTo(end) <= 0;
    }

    /**
     * The key space split evenly into {@code count} ranges as AWS splits a new stream: each {@code 2^128 / count}
     * keys wide, the last one taking the remainder.
     */
    public static List<HashKeyRange> split(int count) {
        BigInteger width = BigInteger.ONE.shiftLeft(128).divide(BigInteger.valueOf(count));
        List<HashKeyRange> ranges = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BigInteger start = width.multiply(BigInteger.valueOf(i));
            BigInteger end = i == count - 1 ? MAX_HASH_KEY : start.add(width).subtract(BigInteger.ONE);
            ranges.add(new HashKeyRange(start, end));
        }
        return ranges;
    }

    /** The hash key of a partition key: the MD5 of its UTF-8 bytes, read as an unsigned 128-bit integer. */
    public static BigInteger hashOf(String partitionKey) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(partitionKey.getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }
}
