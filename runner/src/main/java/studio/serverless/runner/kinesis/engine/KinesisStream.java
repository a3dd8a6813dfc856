package studio.serverless.runner.kinesis.engine;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A data stream: its shards, retention and tags. A stream is ACTIVE from the moment it is created (AWS spends a
 * few seconds in CREATING; clients that wait for ACTIVE find it at once). Thread-safe.
 */
public final class KinesisStream {

    /** The retention a new stream has, and the shortest allowed. */
    public static final int MIN_RETENTION_HOURS = 24;
    /** The longest retention allowed (365 days). */
    public static final int MAX_RETENTION_HOURS = 8760;

    private final String name;
    private final String arn;
    private final StreamMode mode;
    private final Instant creation;
    private final List<ShardLog> shards = new ArrayList<>();
    private final Map<String, String> tags = new TreeMap<>();
    private volatile int retentionHours = MIN_RETENTION_HOURS;
    private volatile boolean deleted;

    KinesisStream(String name, String arn, StreamMode mode, int shardCount, Instant creation) {
        this.name = name;
        this.arn = arn;
        this.mode = mode;
        this.creation = creation;
        List<HashKeyRange> ranges = HashKeyRange.split(shardCount);
        for (int i = 0; i < shardCount; i++) {
            shards.add(new ShardLog(i, ranges.get(i), creation));
        }
    }

    /** The stream's name. */
    public String name() {
        return name;
    }

    /** The stream's ARN, {@code arn:aws:kinesis:REGION:ACCOUNT:stream/NAME}. */
    public String arn() {
        return arn;
    }

    /** The capacity mode it was created with. */
    public StreamMode mode() {
        return mode;
    }

    /** When it was created. */
    public Instant creation() {
        return creation;
    }

    /** Always ACTIVE: streams are usable as soon as CreateStream answers. */
    public String status() {
        return "ACTIVE";
    }

    /** How long records stay readable, in hours. */
    public int retentionHours() {
        return retentionHours;
    }

    /** The shards, in id order; all open. */
    public List<ShardDescription> shards() {
        return shards.stream().map(ShardLog::description).toList();
    }

    /** The tags, by key in order. */
    public synchronized Map<String, String> tags() {
        return Collections.unmodifiableMap(new TreeMap<>(tags));
    }

    synchronized void replaceTags(Map<String, String> changed) {
        tags.clear();
        tags.putAll(changed);
    }

    void retainFor(int hours) {
        retentionHours = hours;
    }

    /** The shard whose hash key range holds {@code hashKey}. */
    ShardLog shardFor(BigInteger hashKey) {
        return shards.stream().filter(shard -> shard.description().hashKeyRange().contains(hashKey)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the shards cover the whole hash key space"));
    }

    /** The shard with this id, or null. */
    ShardLog shard(String shardId) {
        return shards.stream().filter(shard -> shard.description().shardId().equals(shardId)).findFirst()
                .orElse(null);
    }

    /** Marks the stream deleted, so a put that waited for its lock fails as on a missing stream. */
    void markDeleted() {
        deleted = true;
    }

    boolean deleted() {
        return deleted;
    }

    /** The oldest arrival time still readable at {@code now}. */
    Instant oldestKept(Instant now) {
        return now.minus(Duration.ofHours(retentionHours));
    }

    /** The shards, for the engine. */
    List<ShardLog> shardLogs() {
        return List.copyOf(shards);
    }

    /** What a store keeps of this stream besides its records. */
    synchronized StreamSnapshot snapshot() {
        return new StreamSnapshot(name, mode, shards.size(), creation, retentionHours, tags);
    }
}
