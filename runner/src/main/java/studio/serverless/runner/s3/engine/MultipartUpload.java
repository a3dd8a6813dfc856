package studio.serverless.runner.s3.engine;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;

/** A multipart upload in progress: where it will land, with what metadata, and the parts received so far. */
public final class MultipartUpload {

    private final String id;
    private final String bucket;
    private final String key;
    private final ObjectMetadata metadata;
    private final Instant initiated;
    private final ConcurrentSkipListMap<Integer, UploadedPart> parts = new ConcurrentSkipListMap<>();

    MultipartUpload(String id, String bucket, String key, ObjectMetadata metadata, Instant initiated) {
        this.id = id;
        this.bucket = bucket;
        this.key = key;
        this.metadata = metadata;
        this.initiated = initiated;
    }

    /** The upload id. */
    public String id() {
        return id;
    }

    /** The bucket it uploads to. */
    public String bucket() {
        return bucket;
    }

    /** The key it uploads to. */
    public String key() {
        return key;
    }

    /** The metadata the object will have. */
    public ObjectMetadata metadata() {
        return metadata;
    }

    /** When it was created. */
    public Instant initiated() {
        return initiated;
    }

    /** The parts received so far, by part number. */
    public List<UploadedPart> parts() {
        return List.copyOf(parts.values());
    }

    UploadedPart part(int number) {
        return parts.get(number);
    }

    void putPart(UploadedPart part) {
        parts.put(part.number(), part);
    }
}
