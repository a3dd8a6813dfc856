package studio.serverless.runner.s3.engine;

import java.util.regex.Pattern;

/** S3's bucket naming rules (general purpose buckets): checked before a name is used anywhere. */
public final class BucketNames {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern IP_ADDRESS = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");

    private BucketNames() {
    }

    /** Returns {@code name} when it is a valid bucket name, else throws InvalidBucketName. */
    public static String check(String name) {
        if (name == null || !VALID.matcher(name).matches() || name.contains("..") || IP_ADDRESS.matcher(name).matches()
                || name.startsWith("xn--") || name.endsWith("-s3alias")) {
            throw new S3Exception(S3Error.INVALID_BUCKET_NAME).with("BucketName", String.valueOf(name));
        }
        return name;
    }
}
