package studio.serverless.runner.s3.engine;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keeps the engine's descriptions next to the data, so that a kept storage folder comes back after a restart:
 * {@code buckets/NAME/bucket.json} (region, creation time, notification rules, tags) and
 * {@code buckets/NAME/objects/HASH.json} (key, size, ETag, metadata, checksums). Each is written to a temporary
 * file and moved into place atomically. Multipart uploads in progress are not kept.
 */
final class DiskIndex {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final StorageLayout layout;

    DiskIndex(StorageLayout layout) {
        this.layout = layout;
    }

    /** A bucket as saved. */
    record SavedBucket(String name, String region, long createdMillis, List<NotificationRule> rules,
            Map<String, String> tags) {
    }

    /** An object as saved. */
    record SavedObject(String key, long size, String etag, long lastModifiedMillis, ObjectMetadata metadata,
            Map<ChecksumAlgorithm, String> checksums, List<Long> partSizes) {
    }

    void saveBucket(Bucket bucket) {
        BucketInfo info = bucket.info();
        write(layout.bucketFolder(bucket.name()).resolve("bucket.json"), new SavedBucket(info.name(), info.region(),
                info.created().toEpochMilli(), bucket.notifications().rules(), bucket.tags()));
    }

    void saveObject(String bucket, StoredObject object) {
        write(layout.descriptionFile(bucket, object.key()), new SavedObject(object.key(), object.size(),
                object.etag(), object.lastModified().toEpochMilli(), object.metadata(), object.checksums(),
                object.partSizes()));
    }

    void deleteObject(String bucket, String key) {
        StorageLayout.deleteQuietly(layout.descriptionFile(bucket, key));
    }

    /** The buckets (with their objects) found in the storage folder. */
    List<Bucket> load() {
        List<Bucket> buckets = new ArrayList<>();
        try (Stream<Path> folders = Files.list(layout.root().resolve("buckets"))) {
            for (Path folder : folders.toList()) {
                Path saved = folder.resolve("bucket.json");
                if (Files.isRegularFile(saved)) {
                    buckets.add(loadBucket(JSON.readValue(saved.toFile(), SavedBucket.class)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the S3 storage folder " + layout.root(), e);
        }
        return buckets;
    }

    private Bucket loadBucket(SavedBucket saved) throws IOException {
        Bucket bucket = new Bucket(BucketNames.check(saved.name()), saved.region(),
                Instant.ofEpochMilli(saved.createdMillis()));
        bucket.setNotifications(new NotificationConfiguration(saved.rules() == null ? List.of() : saved.rules()));
        bucket.setTags(saved.tags() == null ? Map.of() : saved.tags());
        try (Stream<Path> files = Files.list(layout.bucketFolder(saved.name()).resolve("objects"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                SavedObject object = JSON.readValue(file.toFile(), SavedObject.class);
                if (Files.isRegularFile(layout.objectFile(saved.name(), object.key()))) {
                    bucket.objects().put(object.key(), new StoredObject(object.key(), object.size(), object.etag(),
                            Instant.ofEpochMilli(object.lastModifiedMillis()), object.metadata(), object.checksums(),
                            object.partSizes()));
                }
            }
        }
        return bucket;
    }

    private void write(Path target, Object value) {
        Path temporary = layout.newTemporaryFile();
        try {
            JSON.writeValue(temporary.toFile(), value);
        } catch (IOException e) {
            StorageLayout.deleteQuietly(temporary);
            throw new UncheckedIOException("cannot write " + target, e);
        }
        StorageLayout.moveInto(temporary, target);
    }
}
