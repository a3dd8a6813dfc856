package studio.serverless.runner.s3.engine;

import java.nio.charset.StandardCharsets;

/** S3's rule for object keys: 1 to 1,024 bytes of UTF-8. Any characters are allowed: keys never name files. */
public final class ObjectKeys {

    /** The longest key S3 accepts, in UTF-8 bytes. */
    public static final int MAX_KEY_BYTES = 1024;

    private ObjectKeys() {
    }

    /** Returns {@code key} when S3 would accept it, else KeyTooLongError (or InvalidArgument when empty). */
    public static String check(String key) {
        if (key == null || key.isEmpty()) {
            throw S3Exception.invalidArgument("The key must not be empty.", "key", "");
        }
        int bytes = key.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_KEY_BYTES) {
            throw new S3Exception(S3Error.KEY_TOO_LONG).with("Size", Integer.toString(bytes))
                    .with("MaxSizeAllowed", Integer.toString(MAX_KEY_BYTES));
        }
        return key;
    }
}
