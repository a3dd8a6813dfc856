package studio.serverless.runner.kinesis.engine;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The Kinesis Data Streams emulator's logic, free of any wire protocol: streams with shards over the hash key
 * space, records put by partition key (MD5) or explicit hash key, read through shard iterators or, in process, by
 * sequence number (for event source mappings). One region and account. Every change is reported to a
 * {@link StreamJournal} before it is made. Thread-safe.
 */
public final class KinesisEngine {

    /** The most shards one stream may have here (the catalogue's maximum); AWS's quota is per account. */
    public static final int MAX_SHARDS = 10_000;

    private final Clock clock;
    private final String accountId;
    private final String arnPrefix;
    private final StreamJournal journal;
    private final ConcurrentSkipListMap<String, KinesisStream> streams = new ConcurrentSkipListMap<>();
    private final RecordWriter writer;

    /** An in-memory engine for {@code region} and {@code accountId}, reading time from {@code clock}. */
    public KinesisEngine(Clock clock, String region, String accountId) {
        this(clock, region, accountId, StreamJournal.NONE);
    }

    /** An engine that reports every change to {@code journal} first. */
    public KinesisEngine(Clock clock, String region, String accountId, StreamJournal journal) {
        this.clock = Objects.requireNonNull(clock);
        this.accountId = accountId;
        this.arnPrefix = "arn:aws:kinesis:" + region + ":" + accountId + ":stream/";
        this.journal = Objects.requireNonNull(journal);
        this.writer = new RecordWriter(journal);
    }

    /**
     * Creates a stream, ACTIVE at once.
     *
     * @param mode       the capacity mode; null means PROVISIONED when a shard count is given, else ON_DEMAND
     * @param shardCount the shard count (PROVISIONED), or null
     */
    public synchronized KinesisStream createStream(String name, StreamMode mode, Integer shardCount) {
        StreamNames.check(name);
        StreamMode chosen = mode != null ? mode : shardCount != null ? StreamMode.PROVISIONED : StreamMode.ON_DEMAND;
        if (chosen == StreamMode.PROVISIONED && shardCount == null) {
            throw KinesisException.invalidArgument("ShardCount is required for a stream in PROVISIONED mode.");
        }
        int shards = chosen == StreamMode.ON_DEMAND ? StreamMode.ON_DEMAND_SHARDS : shardCount;
        if (shards < 1) {
            throw KinesisException.validation(Integer.toString(shards), "shardCount",
                    "have value greater than or equal to 1");
        }
        if (shards > MAX_SHARDS) {
            throw new KinesisException(KinesisError.LIMIT_EXCEEDED, "This request would exceed the shard limit for "
                    + "the account " + accountId + ". Limit: " + MAX_SHARDS + ". Requested shards: " + shards + ".");
        }
        if (streams.containsKey(name)) {
            throw new KinesisException(KinesisError.RESOURCE_IN_USE,
                    "Stream " + name + " under account " + accountId + " already exists.");
        }
        KinesisStream stream = new KinesisStream(name, arnPrefix + name, chosen, shards, now());
        journal.streamSaved(stream.snapshot());
        streams.put(name, stream);
        return stream;
    }

    /** Puts a stored stream back, as it was (no journalling). */
    public synchronized void restoreStream(StreamSnapshot stored) {
        KinesisStream stream = new KinesisStream(stored.name(), arnPrefix + stored.name(), stored.mode(),
                stored.shardCount(), stored.creation());
        stream.retainFor(stored.retentionHours());
        stream.replaceTags(stored.tags());
        streams.put(stored.name(), stream);
    }

    /** Puts a stored record back on its shard; records of a shard must come back in sequence order. */
    public void restoreRecord(String stream, int shardIndex, StreamRecord record) {
        stream(stream).shardLogs().get(shardIndex).append(record);
    }

    /** Deletes a stream and its records at once (AWS passes through DELETING first). */
    public synchronized void deleteStream(String name) {
        KinesisStream stream = stream(name);
        synchronized (stream) {
            journal.streamDeleted(name);
            streams.remove(name);
            stream.markDeleted();
        }
    }

    /** The stream named {@code name}; ResourceNotFoundException when there is none. */
    public KinesisStream stream(String name) {
        KinesisStream stream = streams.get(name);
        if (stream == null) {
            throw KinesisException.noSuchStream(name, accountId);
        }
        return stream;
    }

    /** The stream a request names by {@code name} or {@code arn} (either may be null, not both). */
    public KinesisStream stream(String name, String arn) {
        return stream(StreamNames.resolve(name, arn, arnPrefix));
    }

    /** Every stream, by name. */
    public List<KinesisStream> streams() {
        return List.copyOf(streams.values());
    }

    /** Puts one record on the shard its hash key falls in. */
    public PutResult putRecord(String streamName, PutEntry entry) {
        KinesisStream stream = stream(streamName);
        return writer.put(stream, List.of(entry), List.of(RecordChecks.hashKeyOf(entry, "")), now()).get(0);
    }

    /**
     * Puts up to 500 records, each on its own shard, in order. Every record is checked before any is put, so a
     * malformed one fails the whole request, as on AWS; locally no record fails alone (there is no throttling).
     */
    public List<PutResult> putRecords(String streamName, List<PutEntry> entries) {
        KinesisStream stream = stream(streamName);
        RecordChecks.checkCount(entries.size());
        List<BigInteger> hashKeys = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            hashKeys.add(RecordChecks.hashKeyOf(entries.get(i), "records." + (i + 1) + ".member."));
        }
        return writer.put(stream, entries, hashKeys, now());
    }

    /** Reading records: shard iterators, GetRecords and the in-process reads of event source mappings. */
    public StreamReader reader() {
        return new StreamReader(this, clock);
    }

    /** Tags and retention. */
    public StreamSettings settings() {
        return new StreamSettings(this, journal);
    }

    /** The shard {@code shardId} of {@code stream}; ResourceNotFoundException when it has none such. */
    ShardLog shard(KinesisStream stream, String shardId) {
        ShardLog shard = stream.shard(shardId);
        if (shard == null) {
            throw KinesisException.noSuchShard(shardId, stream.name(), accountId);
        }
        return shard;
    }

    /** The time, to the millisecond: what the wire carries, so a time read back names the same instant. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
