package studio.serverless.runner.s3.engine;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The conditional headers of a GET, HEAD or copy ({@code If-Match}, {@code If-None-Match},
 * {@code If-Modified-Since}, {@code If-Unmodified-Since}), evaluated in RFC 7232's order as S3 does: a failed
 * If-Match or If-Unmodified-Since is 412 PreconditionFailed; a matching If-None-Match or an unchanged
 * If-Modified-Since is 304 Not Modified.
 *
 * @param ifMatch           ETags (quoted or not, comma-separated, or {@code *}), or null
 * @param ifNoneMatch       ETags, or null
 * @param ifModifiedSince   a time, or null
 * @param ifUnmodifiedSince a time, or null
 */
public record Preconditions(String ifMatch, String ifNoneMatch, Instant ifModifiedSince, Instant ifUnmodifiedSince) {

    /** No conditions. */
    public static Preconditions none() {
        return new Preconditions(null, null, null, null);
    }

    /** Throws PreconditionFailed or NotModified when {@code object} does not satisfy the conditions. */
    public void check(StoredObject object) {
        Instant modified = object.lastModified().truncatedTo(ChronoUnit.SECONDS);
        if (ifMatch != null && !matches(ifMatch, object.etag())) {
            throw failed("If-Match");
        }
        if (ifMatch == null && ifUnmodifiedSince != null && modified.isAfter(ifUnmodifiedSince)) {
            throw failed("If-Unmodified-Since");
        }
        if (ifNoneMatch != null && matches(ifNoneMatch, object.etag())) {
            throw new S3Exception(S3Error.NOT_MODIFIED);
        }
        if (ifNoneMatch == null && ifModifiedSince != null && !modified.isAfter(ifModifiedSince)) {
            throw new S3Exception(S3Error.NOT_MODIFIED);
        }
    }

    /**
     * Checks a conditional write (PutObject, CompleteMultipartUpload) against the object it would replace, or
     * null: {@code If-None-Match: *} fails when the key exists, {@code If-Match} when the ETag differs (and is
     * NoSuchKey when there is nothing to match).
     */
    public void checkWrite(StoredObject existing, String key) {
        if (ifNoneMatch != null && existing != null && matches(ifNoneMatch, existing.etag())) {
            throw failed("If-None-Match");
        }
        if (ifMatch != null && existing == null) {
            throw S3Exception.noSuchKey(key);
        }
        if (ifMatch != null && !matches(ifMatch, existing.etag())) {
            throw failed("If-Match");
        }
    }

    private static S3Exception failed(String condition) {
        return new S3Exception(S3Error.PRECONDITION_FAILED).with("Condition", condition);
    }

    private static boolean matches(String tags, String etag) {
        for (String tag : tags.split(",")) {
            String bare = tag.trim();
            if (bare.startsWith("W/")) {
                bare = bare.substring(2);
            }
            bare = bare.replace("\"", "");
            if (bare.equals("*") || bare.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
