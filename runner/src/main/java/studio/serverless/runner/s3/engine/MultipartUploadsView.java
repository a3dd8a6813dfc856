package studio.serverless.runner.s3.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/** The engine's multipart upload operations: create, upload (or copy) parts, list, complete and abort. */
public final class MultipartUploadsView {

    private final MultipartUploads uploads;
    private final ObjectReader reader;
    private final BodyReceiver receiver;

    MultipartUploadsView(MultipartUploads uploads, ObjectReader reader, BodyReceiver receiver) {
        this.uploads = uploads;
        this.reader = reader;
        this.receiver = receiver;
    }

    /** Starts an upload to {@code bucket}/{@code key}. */
    public MultipartUpload create(String bucket, String key, ObjectMetadata metadata) {
        return uploads.create(bucket, key, metadata);
    }

    /** The upload, or NoSuchUpload (also when it belongs to another bucket or key). */
    public MultipartUpload require(String bucket, String key, String uploadId) {
        return uploads.require(bucket, key, uploadId);
    }

    /** Stores a received body as part {@code number} (1 to 10,000), replacing an earlier one. */
    public UploadedPart uploadPart(MultipartUpload upload, int number, ReceivedBody body,
            BodyExpectations expectations) {
        return uploads.putPart(upload, number, body, expectations);
    }

    /** Copies (a range of) an existing object into part {@code number}. */
    public UploadedPart copyPart(MultipartUpload upload, int number, String sourceBucket, String sourceKey,
            Preconditions conditions, String range) {
        MultipartUploads.checkPartNumber(number);
        try (ObjectContent source = reader.openCopySource(sourceBucket, sourceKey, conditions, range)) {
            ReceivedBody body = receiver.receive(source.stream(), source.range().length(), Set.of());
            return uploads.putPart(upload, number, body, BodyExpectations.none());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + sourceKey, e);
        }
    }

    /** Assembles the named parts into the object; InvalidPart, InvalidPartOrder or EntityTooSmall if wrong. */
    public StoredObject complete(MultipartUpload upload, List<CompletedPart> parts, RequestContext context) {
        return uploads.complete(upload, parts, context);
    }

    /** Abandons an upload and its parts. */
    public void abort(MultipartUpload upload) {
        uploads.abort(upload);
    }

    /** The uploads in progress in {@code bucket} with keys starting with {@code prefix}, by key. */
    public List<MultipartUpload> inBucket(String bucket, String prefix) {
        return uploads.inBucket(bucket, prefix);
    }
}
