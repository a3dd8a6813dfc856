package studio.serverless.runner.s3.engine;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A bucket: its objects by key in key order (listings walk this index; the data sits in files) and its event
 * notification configuration. Writers lock the bucket while they swap a file into place and update the index.
 */
final class Bucket {

    private final String name;
    private final String region;
    private final Instant created;
    private final ConcurrentSkipListMap<String, StoredObject> objects = new ConcurrentSkipListMap<>();
    private volatile NotificationConfiguration notifications = NotificationConfiguration.empty();
    private volatile Map<String, String> tags = Map.of();

    Bucket(String name, String region, Instant created) {
        this.name = name;
        this.region = region;
        this.created = created;
    }

    String name() {
        return name;
    }

    String region() {
        return region;
    }

    BucketInfo info() {
        return new BucketInfo(name, region, created);
    }

    ConcurrentSkipListMap<String, StoredObject> objects() {
        return objects;
    }

    NotificationConfiguration notifications() {
        return notifications;
    }

    void setNotifications(NotificationConfiguration configuration) {
        this.notifications = configuration;
    }

    /** The bucket's tag set, sorted by key; empty when it has none. */
    Map<String, String> tags() {
        return tags;
    }

    void setTags(Map<String, String> next) {
        this.tags = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(next));
    }

    StoredObject require(String key) {
        StoredObject object = objects.get(key);
        if (object == null) {
            throw S3Exception.noSuchKey(key);
        }
        return object;
    }
}
