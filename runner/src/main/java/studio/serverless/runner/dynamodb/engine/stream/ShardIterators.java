package studio.serverless.runner.dynamodb.engine.stream;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;

/**
 * Shard iterators: opaque to clients, here the stream ARN, the shard id and a position (the absolute index of
 * the next record in the shard) in URL-safe base64. A string that does not decode is a ValidationException.
 */
final class ShardIterators {
    private static final String SEPARATOR = "|";

    private ShardIterators() {
    }

    static String encode(String streamArn, String shardId, long position) {
        String plain = streamArn + SEPARATOR + shardId + SEPARATOR + position;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static Position decode(String iterator) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(iterator), StandardCharsets.UTF_8);
            String[] parts = plain.split("\\|", -1);
            if (parts.length != 3) {
                throw invalid();
            }
            return new Position(parts[0], parts[1], Long.parseLong(parts[2]));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static DynamoDbException invalid() {
        return DynamoDbException.validation("Invalid ShardIterator");
    }

    /** A decoded iterator. @param streamArn stream @param shardId shard @param index next record's index */
    record Position(String streamArn, String shardId, long index) {
    }
}
