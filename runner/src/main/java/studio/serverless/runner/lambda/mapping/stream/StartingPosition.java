package studio.serverless.runner.lambda.mapping.stream;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a stream mapping starts reading each shard.
 *
 * @param type      the kind of position
 * @param timestamp the time to start at, only for {@link Type#AT_TIMESTAMP}
 */
public record StartingPosition(Type type, Instant timestamp) {

    /** The oldest record still kept. */
    public static final StartingPosition TRIM_HORIZON = new StartingPosition(Type.TRIM_HORIZON, null);
    /** Only records written after the mapping starts. */
    public static final StartingPosition LATEST = new StartingPosition(Type.LATEST, null);

    /** The kinds of starting position Lambda offers. */
    public enum Type {
        /** The oldest record. */ TRIM_HORIZON,
        /** After the newest record. */ LATEST,
        /** The first record written at or after a time (Kinesis only). */ AT_TIMESTAMP
    }

    /** Checks that exactly AT_TIMESTAMP carries a timestamp. */
    public StartingPosition {
        Objects.requireNonNull(type, "type");
        if ((type == Type.AT_TIMESTAMP) != (timestamp != null)) {
            throw new IllegalArgumentException("starting position " + type + ": a timestamp goes with AT_TIMESTAMP"
                    + " and only with it");
        }
    }

    /** The position at {@code timestamp}. */
    public static StartingPosition atTimestamp(Instant timestamp) {
        return new StartingPosition(Type.AT_TIMESTAMP, Objects.requireNonNull(timestamp, "timestamp"));
    }

    /**
     * The position named as in the diagram and in CloudFormation.
     *
     * @throws IllegalArgumentException for anything but LATEST or TRIM_HORIZON
     */
    public static StartingPosition of(String name) {
        return switch (name == null ? "" : name) {
            case "LATEST" -> LATEST;
            case "TRIM_HORIZON" -> TRIM_HORIZON;
            default -> throw new IllegalArgumentException("starting position '" + name
                    + "': expected LATEST or TRIM_HORIZON");
        };
    }
}
