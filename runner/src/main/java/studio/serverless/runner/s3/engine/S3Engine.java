package studio.serverless.runner.s3.engine;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The S3 emulator's domain logic, free of HTTP: buckets, objects streamed to and from files under a storage
 * folder, listings, multipart uploads and event notifications. Thread-safe. Errors are {@link S3Exception}s
 * from the {@link S3Error} catalogue.
 */
public final class S3Engine {

    private final StorageLayout layout;
    private final Buckets buckets;
    private final BodyReceiver receiver;
    private final ObjectWriter writer;
    private final ObjectReader reader;
    private final MultipartUploads uploads;
    private final EventNotifier notifier;
    private final ObjectTagging objectTagging;

    /**
     * An engine storing data under {@code storageFolder}, reading time from {@code clock}; buckets and objects
     * an earlier engine left in the folder are there again (multipart uploads in progress are not).
     */
    public S3Engine(Path storageFolder, Clock clock) {
        this.layout = new StorageLayout(storageFolder);
        DiskIndex index = new DiskIndex(layout);
        this.buckets = new Buckets(layout, index, clock);
        this.receiver = new BodyReceiver(layout);
        this.notifier = new EventNotifier(clock);
        this.writer = new ObjectWriter(buckets, layout, index, notifier, clock);
        this.reader = new ObjectReader(buckets, layout);
        this.uploads = new MultipartUploads(buckets, layout, writer, clock);
        this.objectTagging = new ObjectTagging(buckets, index);
    }

    /** The storage folder. */
    public Path storageFolder() {
        return layout.root();
    }

    /** Registers a listener for event notifications. */
    public void addListener(S3EventListener listener) {
        notifier.addListener(listener);
    }

    /** Creates a bucket in {@code region}; BucketAlreadyOwnedByYou if it exists, InvalidBucketName if misnamed. */
    public BucketInfo createBucket(String name, String region) {
        return buckets.create(name, region);
    }

    /** Describes a bucket, or NoSuchBucket. */
    public BucketInfo bucket(String name) {
        return buckets.require(name).info();
    }

    /** All buckets, by name. */
    public List<BucketInfo> buckets() {
        return buckets.list();
    }

    /** Deletes an empty bucket; BucketNotEmpty otherwise. */
    public void deleteBucket(String name) {
        buckets.delete(name);
    }

    /** How many objects the bucket holds (counted from its in-memory index); NoSuchBucket when there is none. */
    public int objectCount(String bucket) {
        return buckets.require(bucket).objects().size();
    }

    /** Replaces a bucket's notification configuration. */
    public void setNotifications(String bucket, NotificationConfiguration configuration) {
        buckets.setNotifications(bucket, configuration);
    }

    /** Replaces a bucket's tag set (PutBucketTagging); InvalidTag for a set that breaks AWS's tag rules. */
    public void setBucketTags(String bucket, Map<String, String> tags) {
        S3TagRules.checkBucket(tags);
        buckets.setTags(bucket, tags);
    }

    /** A bucket's tag set, sorted by key (GetBucketTagging); NoSuchTagSet when it has none. */
    public Map<String, String> bucketTags(String bucket) {
        Map<String, String> tags = buckets.require(bucket).tags();
        if (tags.isEmpty()) {
            throw new S3Exception(S3Error.NO_SUCH_TAG_SET).with("BucketName", bucket);
        }
        return tags;
    }

    /** Removes a bucket's tag set (DeleteBucketTagging); succeeds when it has none. */
    public void deleteBucketTags(String bucket) {
        buckets.setTags(bucket, Map.of());
    }

    /** Replaces an object's tag set (PutObjectTagging; empty for DeleteObjectTagging); InvalidTag past 10 tags. */
    public void setObjectTags(String bucket, String key, Map<String, String> tags) {
        objectTagging.set(bucket, key, tags);
    }

    /** An object's tag set, sorted by key (GetObjectTagging); empty when it has none. */
    public Map<String, String> objectTags(String bucket, String key) {
        return objectTagging.get(bucket, key);
    }

    /** Throws InvalidTag when {@code tags} cannot be an object's tag set (for {@code x-amz-tagging} on a write). */
    public static void checkObjectTags(Map<String, String> tags) {
        S3TagRules.checkObject(tags);
    }

    /** A bucket's notification configuration. */
    public NotificationConfiguration notifications(String bucket) {
        return buckets.require(bucket).notifications();
    }

    /**
     * Streams a request body into the storage area's temporary folder (call before {@link #putObject}).
     *
     * @param expectedLength the announced length, or -1
     * @param checksums      the additional checksums to compute
     */
    public ReceivedBody receive(InputStream body, long expectedLength, Set<ChecksumAlgorithm> checksums) {
        return receiver.receive(body, expectedLength, checksums);
    }

    /** Stores a received body as an object (the body's file is consumed either way) and notifies. */
    public StoredObject putObject(String bucket, String key, ReceivedBody body, ObjectMetadata metadata,
            BodyExpectations expectations, RequestContext context) {
        return putObject(bucket, key, body, metadata, expectations, Preconditions.none(), context);
    }

    /**
     * Stores a received body as an object if {@code conditions} hold for the object it replaces (S3's
     * conditional writes: {@code If-None-Match: *}, {@code If-Match}).
     */
    public StoredObject putObject(String bucket, String key, ReceivedBody body, ObjectMetadata metadata,
            BodyExpectations expectations, Preconditions conditions, RequestContext context) {
        return writer.put(bucket, key, body, metadata, expectations, conditions, context);
    }

    /**
     * Opens an object, or NoSuchKey; {@code partNumber} above 0 selects a part of a multipart object instead of
     * {@code range}; {@code withData} false for a HEAD. Close the result.
     */
    public ObjectContent getObject(String bucket, String key, Preconditions preconditions, String range,
            int partNumber, boolean withData) {
        return reader.open(bucket, key, preconditions, range, partNumber, withData);
    }

    /**
     * Copies an object; {@code replacement} null keeps the source's metadata (directive COPY). Copying an object
     * onto itself without new metadata is InvalidRequest, as in S3.
     */
    public StoredObject copyObject(String sourceBucket, String sourceKey, Preconditions sourceConditions,
            String bucket, String key, ObjectMetadata replacement, RequestContext context) {
        if (replacement == null && sourceBucket.equals(bucket) && sourceKey.equals(key)) {
            throw new S3Exception(S3Error.INVALID_REQUEST, "This copy request is illegal because it is trying to copy "
                    + "an object to itself without changing the object's metadata, storage class, website redirect "
                    + "location or encryption attributes.");
        }
        buckets.require(bucket);
        ObjectContent source = reader.openCopySource(sourceBucket, sourceKey, sourceConditions, null);
        return writer.copy(source, bucket, key, replacement, context);
    }

    /** Deletes an object (a missing key succeeds, as in S3); true when it existed. */
    public boolean deleteObject(String bucket, String key, RequestContext context) {
        return writer.delete(bucket, key, context);
    }

    /** One page of a bucket's keys. */
    public ListPage listObjects(String bucket, ListQuery query) {
        return ObjectListing.list(buckets.require(bucket), query);
    }

    /** The multipart uploads in progress. */
    public MultipartUploadsView multipart() {
        return new MultipartUploadsView(uploads, reader, receiver);
    }
}
