package studio.serverless.runner.s3.engine;

import java.time.Instant;
import java.util.List;
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
 * @param partSizes    the sizes of the parts of a multipart object, in order; empty for a single upload
 */
public record StoredObject(String key, long size, String etag, Instant lastModified, ObjectMetadata metadata,
        Map<ChecksumAlgorithm, String> checksums, List<Long> partSizes) {

    /** Copies the checksums and part sizes; keeps the time to the millisecond, as it is saved. */
    public StoredObject {
        lastModified = lastModified.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        checksums = Map.copyOf(checksums);
        partSizes = List.copyOf(partSizes);
    }

    /** The number of parts of a multipart object, 0 for a single upload. */
    public int partsCount() {
        return partSizes.size();
    }

    /**
     * The {@code Range} header selecting part {@code number} (GetObject's {@code partNumber}); a single-part
     * object has one part, itself. InvalidPartNumber when there is no such part.
     */
    public String partRange(int number) {
        List<Long> sizes = partSizes.isEmpty() ? List.of(size) : partSizes;
        if (number < 1 || number > sizes.size()) {
            throw new S3Exception(S3Error.INVALID_PART_NUMBER).with("PartNumberRequested", Integer.toString(number))
                    .with("ActualPartCount", Integer.toString(sizes.size()));
        }
        long first = sizes.subList(0, number - 1).stream().mapToLong(Long::longValue).sum();
        return "bytes=" + first + "-" + (first + sizes.get(number - 1) - 1);
    }

    /** The ETag as it goes on the wire, in double quotes. */
    public String quotedEtag() {
        return '"' + etag + '"';
    }
}
