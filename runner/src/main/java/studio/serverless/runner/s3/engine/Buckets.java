package studio.serverless.runner.s3.engine;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The buckets of the local cloud: one namespace, as in S3. */
final class Buckets {

    private final ConcurrentMap<String, Bucket> byName = new ConcurrentHashMap<>();
    private final StorageLayout layout;
    private final DiskIndex index;
    private final Clock clock;

    Buckets(StorageLayout layout, DiskIndex index, Clock clock) {
        this.layout = layout;
        this.index = index;
        this.clock = clock;
        index.load().forEach(bucket -> byName.put(bucket.name(), bucket));
    }

    BucketInfo create(String name, String region) {
        BucketNames.check(name);
        Bucket created = new Bucket(name, region, clock.instant());
        if (byName.putIfAbsent(name, created) != null) {
            throw new S3Exception(S3Error.BUCKET_ALREADY_OWNED_BY_YOU).with("BucketName", name);
        }
        StorageLayout.createDirectories(layout.bucketFolder(name).resolve("objects"));
        index.saveBucket(created);
        return created.info();
    }

    Bucket require(String name) {
        Bucket bucket = name == null ? null : byName.get(name);
        if (bucket == null) {
            throw S3Exception.noSuchBucket(name);
        }
        return bucket;
    }

    List<BucketInfo> list() {
        return byName.values().stream().map(Bucket::info).sorted(Comparator.comparing(BucketInfo::name)).toList();
    }

    void setNotifications(String name, NotificationConfiguration configuration) {
        Bucket bucket = require(name);
        synchronized (bucket) {
            bucket.setNotifications(configuration);
            index.saveBucket(bucket);
        }
    }

    /** Replaces a bucket's tag set (empty to delete it) and saves it with the bucket. */
    void setTags(String name, java.util.Map<String, String> tags) {
        Bucket bucket = require(name);
        synchronized (bucket) {
            bucket.setTags(tags);
            index.saveBucket(bucket);
        }
    }

    void delete(String name) {
        Bucket bucket = require(name);
        synchronized (bucket) {
            if (!bucket.objects().isEmpty()) {
                throw new S3Exception(S3Error.BUCKET_NOT_EMPTY).with("BucketName", name);
            }
            byName.remove(name, bucket);
            StorageLayout.deleteQuietly(layout.bucketFolder(name));
        }
    }
}
