package studio.serverless.runner.s3.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An S3 error for the client: a catalogue entry, the message, and the extra elements AWS adds to the error body
 * ({@code Key}, {@code BucketName}, {@code Condition}, {@code UploadId}...).
 */
public final class S3Exception extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final S3Error error;
    private final Map<String, String> details;

    /** An error with its catalogue message. */
    public S3Exception(S3Error error) {
        this(error, error.message());
    }

    /** An error with a specific message. */
    public S3Exception(S3Error error, String message) {
        super(message);
        this.error = error;
        this.details = new LinkedHashMap<>();
    }

    /** Adds an element to the error body, e.g. {@code with("Key", key)}; returns this. */
    public S3Exception with(String element, String value) {
        details.put(element, value);
        return this;
    }

    /** The catalogue entry. */
    public S3Error error() {
        return error;
    }

    /** The extra elements of the error body, in order. */
    public Map<String, String> details() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** NoSuchBucket naming the bucket. */
    public static S3Exception noSuchBucket(String bucket) {
        return new S3Exception(S3Error.NO_SUCH_BUCKET).with("BucketName", bucket);
    }

    /** NoSuchKey naming the key. */
    public static S3Exception noSuchKey(String key) {
        return new S3Exception(S3Error.NO_SUCH_KEY).with("Key", key);
    }

    /** InvalidArgument with a message and the argument's name and value. */
    public static S3Exception invalidArgument(String message, String name, String value) {
        return new S3Exception(S3Error.INVALID_ARGUMENT, message).with("ArgumentName", name)
                .with("ArgumentValue", value);
    }
}
