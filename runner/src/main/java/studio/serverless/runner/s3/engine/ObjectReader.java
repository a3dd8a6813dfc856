package studio.serverless.runner.s3.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

/** Opens objects for GET, HEAD and copy, checking conditions and ranges while the bucket is locked. */
final class ObjectReader {

    private final Buckets buckets;
    private final StorageLayout layout;

    ObjectReader(Buckets buckets, StorageLayout layout) {
        this.buckets = buckets;
        this.layout = layout;
    }

    ObjectContent open(String bucketName, String key, Preconditions preconditions, String range, boolean withData) {
        return open(bucketName, key, preconditions, range, 0, withData);
    }

    /** Opens an object; {@code partNumber} above 0 selects that part of a multipart object instead of a range. */
    ObjectContent open(String bucketName, String key, Preconditions preconditions, String range, int partNumber,
            boolean withData) {
        Bucket bucket = buckets.require(bucketName);
        synchronized (bucket) {
            StoredObject object = bucket.require(key);
            preconditions.check(object);
            ByteRange bytes = partNumber > 0 ? ByteRange.resolve(object.partRange(partNumber), object.size())
                    : ByteRange.resolve(range, object.size());
            return new ObjectContent(object, bytes, withData ? openFile(bucketName, key) : null);
        }
    }

    /**
     * Opens the source of a copy: as {@link #open}, but every failed {@code x-amz-copy-source-if-*} condition is
     * 412 PreconditionFailed (a copy has nothing to answer 304 with).
     */
    ObjectContent openCopySource(String bucketName, String key, Preconditions preconditions, String range) {
        try {
            return open(bucketName, key, preconditions, range, true);
        } catch (S3Exception e) {
            if (e.error() == S3Error.NOT_MODIFIED) {
                throw new S3Exception(S3Error.PRECONDITION_FAILED).with("Condition", "x-amz-copy-source-If-None-Match");
            }
            throw e;
        }
    }

    private FileChannel openFile(String bucket, String key) {
        try {
            return FileChannel.open(layout.objectFile(bucket, key), StandardOpenOption.READ);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + key, e);
        }
    }
}
