package studio.serverless.runner.kinesis.engine;

import java.math.BigInteger;

/** The API model's and AWS's checks on a record to put, and the hash key that picks its shard. */
final class RecordChecks {

    /** The largest data blob of a record (1 MiB, AWS's default record size limit). */
    static final int MAX_DATA_BYTES = 1024 * 1024;
    /** The most records one PutRecords takes. */
    static final int MAX_RECORDS_PER_PUT = 500;
    private static final int MAX_PARTITION_KEY_LENGTH = 256;

    private RecordChecks() {
    }

    /**
     * The hash key of a valid record: its explicit hash key, or the MD5 of its partition key.
     *
     * @param member the entry's member path in errors: {@code ""} for PutRecord, {@code records.N.member.}
     *               for PutRecords
     */
    static BigInteger hashKeyOf(PutEntry entry, String member) {
        String key = entry.partitionKey();
        if (key.isEmpty() || key.length() > MAX_PARTITION_KEY_LENGTH) {
            throw KinesisException.validation(key, member + "partitionKey", "have length "
                    + (key.isEmpty() ? "greater than or equal to 1" : "less than or equal to 256"));
        }
        int size = entry.data().length;
        if (size > MAX_DATA_BYTES) {
            // AWS quotes the Java buffer it read the blob into; so do we, for the same message
            throw KinesisException.validation("java.nio.HeapByteBuffer[pos=0 lim=" + size + " cap=" + size + "]",
                    member + "data", "have length less than or equal to " + MAX_DATA_BYTES);
        }
        return entry.explicitHashKey() == null ? HashKeyRange.hashOf(key) : explicit(entry.explicitHashKey(), member);
    }

    /** Checks the number of records of a PutRecords. */
    static void checkCount(int count) {
        if (count < 1 || count > MAX_RECORDS_PER_PUT) {
            throw KinesisException.validation(count + " records", "records", "have length "
                    + (count < 1 ? "greater than or equal to 1" : "less than or equal to " + MAX_RECORDS_PER_PUT));
        }
    }

    private static BigInteger explicit(String hashKey, String member) {
        if (!hashKey.matches("0|[1-9]\\d{0,38}")) {
            throw KinesisException.validation(hashKey, member + "explicitHashKey",
                    "satisfy regular expression pattern: 0|([1-9]\\d{0,38})");
        }
        BigInteger value = new BigInteger(hashKey);
        if (value.compareTo(HashKeyRange.MAX_HASH_KEY) > 0) {
            throw KinesisException.invalidArgument("Invalid ExplicitHashKey. ExplicitHashKey must be in the range: "
                    + "[0, 2^128-1]. Specified value was " + hashKey);
        }
        return value;
    }
}
