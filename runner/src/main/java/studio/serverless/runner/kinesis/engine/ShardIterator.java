package studio.serverless.runner.kinesis.engine;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * What a shard iterator token carries: which shard of which stream (by creation time too, so a token outlives no
 * re-created stream), the sequence number to read after, and when it was issued. Tokens are opaque base64 to the
 * client, as AWS's are, and expire {@link #LIFETIME} after they are issued.
 *
 * @param streamName     the stream
 * @param streamCreation when the stream was created
 * @param shardId        the shard
 * @param after          the sequence number after which reading continues
 * @param issued         when the token was issued
 */
record ShardIterator(String streamName, Instant streamCreation, String shardId, BigInteger after, Instant issued) {

    /** How long an iterator stays usable, as on AWS. */
    static final Duration LIFETIME = Duration.ofMinutes(5);

    /** The opaque token. */
    String token() {
        String plain = String.join("|", "v1", streamName, Long.toString(streamCreation.toEpochMilli()), shardId,
                after.toString(), Long.toString(issued.toEpochMilli()));
        return Base64.getEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a token.
     *
     * @throws KinesisException InvalidArgumentException when it is not a token this emulator issued
     */
    static ShardIterator parse(String token) {
        try {
            String[] parts = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 6 || !parts[0].equals("v1")) {
                throw invalid();
            }
            return new ShardIterator(parts[1], Instant.ofEpochMilli(Long.parseLong(parts[2])), parts[3],
                    new BigInteger(parts[4]), Instant.ofEpochMilli(Long.parseLong(parts[5])));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /**
     * Checks the token is still valid at {@code now}.
     *
     * @throws KinesisException ExpiredIteratorException, worded as AWS words it, when it is older than 5 minutes
     */
    void checkFresh(Instant now) {
        if (Duration.between(issued, now).compareTo(LIFETIME) > 0) {
            throw new KinesisException(KinesisError.EXPIRED_ITERATOR, "Iterator expired. The iterator was created at "
                    + "time " + issued + " while right now it is " + now + " which is further in the future than the "
                    + "tolerated delay of " + LIFETIME.toMillis() + " milliseconds.");
        }
    }

    private static KinesisException invalid() {
        return KinesisException.invalidArgument("Invalid ShardIterator.");
    }
}
