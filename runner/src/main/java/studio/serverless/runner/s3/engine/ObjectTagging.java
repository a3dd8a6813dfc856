package studio.serverless.runner.s3.engine;

import java.util.Map;

/**
 * Object tag sets (PutObjectTagging, GetObjectTagging, DeleteObjectTagging). Tags live in the object's
 * {@link ObjectMetadata}, so they are saved in its description file and travel with copies; changing them leaves
 * the object's data, ETag and Last-Modified as they are, as in S3.
 */
final class ObjectTagging {

    private final Buckets buckets;
    private final DiskIndex index;

    ObjectTagging(Buckets buckets, DiskIndex index) {
        this.buckets = buckets;
        this.index = index;
    }

    /** Replaces the object's tag set; NoSuchBucket, NoSuchKey or InvalidTag. */
    void set(String bucketName, String key, Map<String, String> tags) {
        S3TagRules.checkObject(tags);
        Bucket bucket = buckets.require(bucketName);
        synchronized (bucket) {
            StoredObject object = bucket.require(key);
            StoredObject tagged = new StoredObject(object.key(), object.size(), object.etag(), object.lastModified(),
                    object.metadata().withTags(tags), object.checksums(), object.partSizes());
            index.saveObject(bucket.name(), tagged);
            bucket.objects().put(key, tagged);
        }
    }

    /** The object's tag set, sorted by key; empty when it has none. */
    Map<String, String> get(String bucketName, String key) {
        return buckets.require(bucketName).require(key).metadata().tags();
    }
}
