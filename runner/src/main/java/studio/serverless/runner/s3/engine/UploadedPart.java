package studio.serverless.runner.s3.engine;

import java.time.Instant;
import java.util.Map;

/**
 * A part of a multipart upload.
 *
 * @param number       the part number, 1 to 10,000
 * @param size         its size in bytes
 * @param etag         its MD5 hex, without quotes
 * @param lastModified when it was uploaded
 * @param checksums    the additional checksums it was uploaded with
 */
public record UploadedPart(int number, long size, String etag, Instant lastModified,
        Map<ChecksumAlgorithm, String> checksums) {

    /** Copies the checksums. */
    public UploadedPart {
        checksums = Map.copyOf(checksums);
    }
}
