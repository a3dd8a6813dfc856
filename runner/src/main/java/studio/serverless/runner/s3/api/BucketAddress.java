package studio.serverless.runner.s3.api;

import java.util.Locale;

/**
 * Where a request points: virtual-host style ({@code bucket.localhost:4577/key}, {@code bucket.s3.localhost},
 * {@code bucket.s3.us-east-1.localhost}) when the Host names a bucket under {@code localhost}, path style
 * ({@code 127.0.0.1:4577/bucket/key}) otherwise.
 *
 * @param bucket the bucket, or null (the service itself)
 * @param key    the key, or null (the bucket itself)
 */
public record BucketAddress(String bucket, String key) {

    private static final String LOCALHOST = ".localhost";

    /** The bucket and key a request to {@code host} and {@code path} points at. */
    public static BucketAddress of(String host, String path) {
        String virtualBucket = virtualHostBucket(host);
        String rest = path == null || path.isEmpty() ? "/" : path;
        if (virtualBucket != null) {
            String key = rest.length() > 1 ? rest.substring(1) : null;
            return new BucketAddress(virtualBucket, key);
        }
        String trimmed = rest.substring(1);
        if (trimmed.isEmpty()) {
            return new BucketAddress(null, null);
        }
        int slash = trimmed.indexOf('/');
        if (slash < 0) {
            return new BucketAddress(trimmed, null);
        }
        String key = trimmed.substring(slash + 1);
        return new BucketAddress(trimmed.substring(0, slash), key.isEmpty() ? null : key);
    }

    private static String virtualHostBucket(String host) {
        if (host == null) {
            return null;
        }
        String name = host.toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon >= 0 && name.indexOf(']') < colon) {
            name = name.substring(0, colon);
        }
        if (!name.endsWith(LOCALHOST)) {
            return null;
        }
        String bucket = name.substring(0, name.length() - LOCALHOST.length());
        bucket = bucket.replaceFirst("\\.s3(\\.[a-z0-9-]+)?$", "");
        return bucket.isEmpty() || bucket.equals("s3") || bucket.startsWith("s3.") ? null : bucket;
    }
}
