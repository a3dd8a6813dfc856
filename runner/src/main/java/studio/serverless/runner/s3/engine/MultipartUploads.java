package studio.serverless.runner.s3.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Multipart uploads: parts are streamed to files of their own ({@code uploads/ID/N}); completing concatenates the
 * named parts file to file into the object and computes S3's multipart ETag, the MD5 of the parts' binary MD5s
 * followed by {@code -} and the part count.
 */
final class MultipartUploads {

    /** S3's minimum size of every part but the last. */
    static final long MIN_PART_BYTES = 5L * 1024 * 1024;
    static final int MAX_PART_NUMBER = 10_000;

    private final ConcurrentMap<String, MultipartUpload> byId = new ConcurrentHashMap<>();
    private final Buckets buckets;
    private final StorageLayout layout;
    private final ObjectWriter writer;
    private final Clock clock;

    MultipartUploads(Buckets buckets, StorageLayout layout, ObjectWriter writer, Clock clock) {
        this.buckets = buckets;
        this.layout = layout;
        this.writer = writer;
        this.clock = clock;
    }

    MultipartUpload create(String bucket, String key, ObjectMetadata metadata) {
        buckets.require(bucket);
        ObjectKeys.check(key);
        String id = UUID.randomUUID().toString().replace("-", "");
        MultipartUpload upload = new MultipartUpload(id, bucket, key, metadata, clock.instant());
        StorageLayout.createDirectories(layout.uploadFolder(id));
        byId.put(id, upload);
        return upload;
    }

    MultipartUpload require(String bucket, String key, String uploadId) {
        buckets.require(bucket);
        MultipartUpload upload = uploadId == null ? null : byId.get(uploadId);
        if (upload == null || !upload.bucket().equals(bucket) || !upload.key().equals(key)) {
            throw new S3Exception(S3Error.NO_SUCH_UPLOAD).with("UploadId", String.valueOf(uploadId));
        }
        return upload;
    }

    UploadedPart putPart(MultipartUpload upload, int number, ReceivedBody body, BodyExpectations expectations) {
        try {
            checkPartNumber(number);
            expectations.check(body);
            UploadedPart part = new UploadedPart(number, body.size(), body.md5Hex(), clock.instant(),
                    body.checksums());
            synchronized (upload) {
                StorageLayout.moveInto(body.file(), partFile(upload, number));
                upload.putPart(part);
            }
            return part;
        } finally {
            StorageLayout.deleteQuietly(body.file());
        }
    }

    StoredObject complete(MultipartUpload upload, List<CompletedPart> named, RequestContext context) {
        synchronized (upload) {
            List<UploadedPart> parts = PartChecks.check(upload, named);
            Path file = concatenate(upload, parts);
            StoredObject object = new StoredObject(upload.key(), parts.stream().mapToLong(UploadedPart::size).sum(),
                    multipartEtag(parts), clock.instant(), upload.metadata(), java.util.Map.of(),
                    parts.stream().map(UploadedPart::size).toList());
            writer.commit(buckets.require(upload.bucket()), object, file, "ObjectCreated:CompleteMultipartUpload",
                    context, Preconditions.none());
            abort(upload);
            return object;
        }
    }

    void abort(MultipartUpload upload) {
        byId.remove(upload.id());
        StorageLayout.deleteQuietly(layout.uploadFolder(upload.id()));
    }

    List<MultipartUpload> inBucket(String bucket, String prefix) {
        buckets.require(bucket);
        return byId.values().stream().filter(u -> u.bucket().equals(bucket) && u.key().startsWith(prefix))
                .sorted(Comparator.comparing(MultipartUpload::key).thenComparing(MultipartUpload::initiated))
                .toList();
    }

    static void checkPartNumber(int number) {
        if (number < 1 || number > MAX_PART_NUMBER) {
            throw S3Exception.invalidArgument("Part number must be an integer between 1 and 10000, inclusive",
                    "partNumber", Integer.toString(number));
        }
    }

    private Path concatenate(MultipartUpload upload, List<UploadedPart> parts) {
        Path target = layout.newTemporaryFile();
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (UploadedPart part : parts) {
                try (FileChannel in = FileChannel.open(partFile(upload, part.number()), StandardOpenOption.READ)) {
                    long position = 0;
                    while (position < part.size()) {
                        position += in.transferTo(position, part.size() - position, out);
                    }
                }
            }
        } catch (IOException e) {
            StorageLayout.deleteQuietly(target);
            throw new UncheckedIOException("cannot assemble upload " + upload.id(), e);
        }
        return target;
    }

    private Path partFile(MultipartUpload upload, int number) {
        return layout.uploadFolder(upload.id()).resolve(Integer.toString(number));
    }

    private static String multipartEtag(List<UploadedPart> parts) {
        java.security.MessageDigest md5 = ChecksumAlgorithm.digest("MD5");
        parts.forEach(part -> md5.update(HexFormat.of().parseHex(part.etag())));
        return HexFormat.of().formatHex(md5.digest()) + "-" + parts.size();
    }
}
