package studio.serverless.runner.s3.engine;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a client says about an object when it writes it, returned unchanged when the object is read: the standard
 * HTTP headers S3 stores, and the user metadata ({@code x-amz-meta-*}, names in lower case without the prefix).
 *
 * @param contentType        Content-Type, or null (read back as {@code binary/octet-stream})
 * @param contentEncoding    Content-Encoding without {@code aws-chunked}, or null
 * @param contentDisposition Content-Disposition, or null
 * @param contentLanguage    Content-Language, or null
 * @param cacheControl       Cache-Control, or null
 * @param expires            Expires as sent, or null
 * @param userMetadata       the user metadata
 * @param tags               the object's tag set ({@code x-amz-tagging}, PutObjectTagging); null reads as none
 */
public record ObjectMetadata(String contentType, String contentEncoding, String contentDisposition,
        String contentLanguage, String cacheControl, String expires, Map<String, String> userMetadata,
        Map<String, String> tags) {

    /** The content type S3 reports for objects written without one. */
    public static final String DEFAULT_CONTENT_TYPE = "binary/octet-stream";
    /** S3's limit on the size of the user metadata (names and values, UTF-8). */
    public static final int MAX_USER_METADATA_BYTES = 2048;

    /** Sorts and copies the user metadata. */
    public ObjectMetadata {
        userMetadata = java.util.Collections.unmodifiableMap(new TreeMap<>(userMetadata));
        tags = tags == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(tags));
    }

    /** Metadata without tags. */
    public ObjectMetadata(String contentType, String contentEncoding, String contentDisposition,
            String contentLanguage, String cacheControl, String expires, Map<String, String> userMetadata) {
        this(contentType, contentEncoding, contentDisposition, contentLanguage, cacheControl, expires, userMetadata,
                Map.of());
    }

    /** The same metadata with {@code next} as its tag set. */
    public ObjectMetadata withTags(Map<String, String> next) {
        return new ObjectMetadata(contentType, contentEncoding, contentDisposition, contentLanguage, cacheControl,
                expires, userMetadata, next);
    }

    /** Metadata with nothing set. */
    public static ObjectMetadata empty() {
        return new ObjectMetadata(null, null, null, null, null, null, Map.of());
    }

    /** The content type, or S3's default. */
    public String effectiveContentType() {
        return contentType == null ? DEFAULT_CONTENT_TYPE : contentType;
    }
}
