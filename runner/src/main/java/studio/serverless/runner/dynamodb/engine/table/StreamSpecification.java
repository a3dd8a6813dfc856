package studio.serverless.runner.dynamodb.engine.table;

import studio.serverless.runner.dynamodb.engine.stream.StreamViewType;

/**
 * Whether the table has a stream and what its records carry.
 *
 * @param streamEnabled  whether changes are streamed
 * @param streamViewType which images records hold; null when disabled
 */
public record StreamSpecification(boolean streamEnabled, StreamViewType streamViewType) {
    /** No stream. */
    public static final StreamSpecification DISABLED = new StreamSpecification(false, null);
}
