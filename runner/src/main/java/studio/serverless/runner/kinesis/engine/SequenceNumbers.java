package studio.serverless.runner.kinesis.engine;

import java.math.BigInteger;
import java.time.Instant;

/**
 * Sequence numbers shaped like AWS's: 56-digit decimal strings starting with 49. Ours encode the stream's
 * creation time (so a re-created stream never reuses one), the shard's index and a per-shard counter, so they
 * increase within a shard and tell which shard they belong to. Counter 0 is the shard's starting sequence number;
 * records count from 1.
 */
final class SequenceNumbers {

    private static final int SHARD_INDEX_START = 17;
    private static final int SHARD_INDEX_END = 22;
    private static final int DIGITS = 56;

    private SequenceNumbers() {
    }

    /** The sequence number of the {@code counter}th record of shard {@code shardIndex} of a stream. */
    static String of(Instant streamCreation, int shardIndex, long counter) {
        return String.format("49%015d%05d%034d", streamCreation.toEpochMilli(), shardIndex, counter);
    }

    /** The per-shard counter a sequence number of ours encodes. */
    static long counterOf(String sequenceNumber) {
        return Long.parseLong(sequenceNumber.substring(SHARD_INDEX_END));
    }

    /** The shard index a sequence number of ours encodes, or -1 when it is not one of ours. */
    static int shardIndexOf(String sequenceNumber) {
        if (sequenceNumber.length() != DIGITS || !sequenceNumber.startsWith("49")) {
            return -1;
        }
        return Integer.parseInt(sequenceNumber.substring(SHARD_INDEX_START, SHARD_INDEX_END));
    }

    /**
     * The sequence number as a number, for ordering.
     *
     * @throws KinesisException a ValidationException when it is not a sequence number (AWS's pattern)
     */
    static BigInteger parse(String sequenceNumber, String member) {
        if (!sequenceNumber.matches("0|[1-9]\\d{0,128}")) {
            throw KinesisException.validation(sequenceNumber, member,
                    "satisfy regular expression pattern: 0|([1-9]\\d{0,128})");
        }
        return new BigInteger(sequenceNumber);
    }
}
