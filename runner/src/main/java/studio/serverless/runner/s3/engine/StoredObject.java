package studio.serverless.runner.s3.engine;

import java.time.Instant;
import java.util.Map;

/**
 * An object as S3 describes it.
 *
 * @param key          the key
 * @param size         the size in bytes
 * @param etag         the entity tag without quotes: MD5 hex, or for a multipart object the MD5 of the parts'
 *                     MD5s followed by {@code -} and the part count
 * @param lastModified when it was written, to the second as S3 reports it
 * @param metadata     the headers and user metadata it was written with
 * @param checksums    the additional checksums it was written with (base64)
 * @param partsCount   the number of parts of a multipart object, 0 for a single upload
 */
public record StoredObject(String key, long size, String etag, Instant lastModified, ObjectMetadata metadata,
        Map<ChecksumAlgorithm, String> checksums, int partsCount) {

    /** Copies the checksums. */
    public StoredObject {
        checksums = Map.copyOf(checksums);
    }

    /** The ETag as it goes on the wire, in double quotes. */
    public String quotedEtag() {
        return '"' + etag + '"';
    }
}
