package studio.serverless.runner.kinesis.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import studio.serverless.runner.kinesis.engine.KinesisError;
import studio.serverless.runner.kinesis.engine.KinesisException;

/**
 * Pages of ordered lists (streams by name, shards by id), and the opaque next tokens that continue them.
 *
 * @param <T>   the item type
 * @param items the page
 * @param more  whether items follow it
 */
record Pages<T>(List<T> items, boolean more) {

    /** The page of at most {@code limit} items whose keys come after {@code after} (all when null). */
    static <T> Pages<T> after(List<T> all, Function<T, String> key, String after, int limit) {
        List<T> rest = after == null ? all : all.stream().filter(item -> key.apply(item).compareTo(after) > 0).toList();
        return new Pages<>(rest.subList(0, Math.min(limit, rest.size())), rest.size() > limit);
    }

    /** A limit member's value, {@code fallback} when absent; a ValidationException outside 1 to 10,000. */
    static int limit(Integer value, String member, int fallback) {
        int limit = value == null ? fallback : value;
        if (limit < 1 || limit > 10_000) {
            throw KinesisException.validation(Integer.toString(limit), member, "have value "
                    + (limit < 1 ? "greater than or equal to 1" : "less than or equal to 10000"));
        }
        return limit;
    }

    /** A next token carrying {@code parts}. */
    static String token(String... parts) {
        return Base64.getEncoder().encodeToString(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
    }

    /** The parts of a next token; InvalidArgumentException when it is not one of ours. */
    static String[] parts(String token, int count) {
        try {
            String[] parts = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length == count) {
                return parts;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw new KinesisException(KinesisError.INVALID_ARGUMENT, "Invalid NextToken.");
    }
}
