package studio.serverless.runner.kinesis.engine;

import java.util.Objects;

/** A Kinesis error with its catalogue entry and the message AWS sends (where known). */
public final class KinesisException extends RuntimeException {

    private final KinesisError error;

    /** Creates the exception for {@code error} with the message AWS would send. */
    public KinesisException(KinesisError error, String message) {
        super(message, null, false, false);
        this.error = Objects.requireNonNull(error);
    }

    /** The catalogue entry. */
    public KinesisError error() {
        return error;
    }

    /** An InvalidArgumentException. */
    public static KinesisException invalidArgument(String message) {
        return new KinesisException(KinesisError.INVALID_ARGUMENT, message);
    }

    /** A ValidationException in AWS's "1 validation error detected" form for {@code member}. */
    public static KinesisException validation(String value, String member, String constraint) {
        return new KinesisException(KinesisError.VALIDATION, "1 validation error detected: Value '" + value
                + "' at '" + member + "' failed to satisfy constraint: Member must " + constraint);
    }

    /** The error for a stream that does not exist, as AWS words it. */
    public static KinesisException noSuchStream(String name, String accountId) {
        return new KinesisException(KinesisError.RESOURCE_NOT_FOUND,
                "Stream " + name + " under account " + accountId + " not found.");
    }

    /** The error for a shard the stream does not have, as AWS words it. */
    public static KinesisException noSuchShard(String shardId, String stream, String accountId) {
        return new KinesisException(KinesisError.RESOURCE_NOT_FOUND,
                "Shard " + shardId + " in stream " + stream + " under account " + accountId + " does not exist");
    }
}
