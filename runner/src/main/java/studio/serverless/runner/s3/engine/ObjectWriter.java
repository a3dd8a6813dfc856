package studio.serverless.runner.s3.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Writes and removes objects: a received body (already in a temporary file) is checked, then moved into place
 * atomically while its bucket is locked, so readers see the old object or the new one, never half of either.
 */
final class ObjectWriter {

    private final Buckets buckets;
    private final StorageLayout layout;
    private final DiskIndex index;
    private final EventNotifier notifier;
    private final Clock clock;

    ObjectWriter(Buckets buckets, StorageLayout layout, DiskIndex index, EventNotifier notifier, Clock clock) {
        this.buckets = buckets;
        this.layout = layout;
        this.index = index;
        this.notifier = notifier;
        this.clock = clock;
    }

    StoredObject put(String bucketName, String key, ReceivedBody body, ObjectMetadata metadata,
            BodyExpectations expectations, Preconditions conditions, RequestContext context) {
        try {
            Bucket bucket = buckets.require(bucketName);
            ObjectKeys.check(key);
            expectations.check(body);
            StoredObject object = new StoredObject(key, body.size(), body.md5Hex(), clock.instant(), metadata,
                    body.checksums(), java.util.List.of());
            commit(bucket, object, body.file(), "ObjectCreated:Put", context, conditions);
            return object;
        } finally {
            StorageLayout.deleteQuietly(body.file());
        }
    }

    StoredObject copy(ObjectContent source, String bucketName, String key, ObjectMetadata replacement,
            RequestContext context) {
        Bucket bucket = buckets.require(bucketName);
        ObjectKeys.check(key);
        Path file = layout.newTemporaryFile();
        try (source; OutputStream out = Files.newOutputStream(file)) {
            source.writeTo(out);
        } catch (IOException e) {
            StorageLayout.deleteQuietly(file);
            throw new UncheckedIOException("cannot copy " + source.object().key(), e);
        }
        StoredObject original = source.object();
        ObjectMetadata metadata = replacement == null ? original.metadata() : replacement;
        StoredObject copy = new StoredObject(key, original.size(), original.etag(), clock.instant(), metadata,
                original.checksums(), original.partSizes());
        commit(bucket, copy, file, "ObjectCreated:Copy", context, Preconditions.none());
        return copy;
    }

    void commit(Bucket bucket, StoredObject object, Path file, String eventName, RequestContext context,
            Preconditions conditions) {
        synchronized (bucket) {
            try {
                conditions.checkWrite(bucket.objects().get(object.key()), object.key());
            } catch (S3Exception e) {
                StorageLayout.deleteQuietly(file);
                throw e;
            }
            StorageLayout.moveInto(file, layout.objectFile(bucket.name(), object.key()));
            index.saveObject(bucket.name(), object);
            bucket.objects().put(object.key(), object);
        }
        notifier.created(bucket, eventName, object, context);
    }

    /** Deletes a key; deleting a key that does not exist succeeds, as in S3. Returns whether it existed. */
    boolean delete(String bucketName, String key, RequestContext context) {
        Bucket bucket = buckets.require(bucketName);
        boolean existed;
        synchronized (bucket) {
            existed = bucket.objects().remove(key) != null;
            if (existed) {
                index.deleteObject(bucketName, key);
                StorageLayout.deleteQuietly(layout.objectFile(bucketName, key));
            }
        }
        if (existed) {
            notifier.removed(bucket, key, context);
        }
        return existed;
    }
}
