package studio.serverless.runner.s3.engine;

/**
 * What a ListObjects (v1 or v2) request asks for.
 *
 * @param prefix    only keys starting with this (empty for all)
 * @param delimiter rolls keys up to common prefixes at its first occurrence after the prefix, or null
 * @param maxKeys   at most this many keys plus common prefixes (0 to 1000)
 * @param after     start after this key or common prefix (v1 marker, v2 start-after or continuation), or empty
 */
public record ListQuery(String prefix, String delimiter, int maxKeys, String after) {

    /** S3's page size limit. */
    public static final int MAX_KEYS = 1000;

    /** Replaces nulls with empty text and caps the page size at 1000. */
    public ListQuery {
        prefix = prefix == null ? "" : prefix;
        delimiter = delimiter == null || delimiter.isEmpty() ? null : delimiter;
        maxKeys = Math.min(maxKeys, MAX_KEYS);
        after = after == null ? "" : after;
    }
}
