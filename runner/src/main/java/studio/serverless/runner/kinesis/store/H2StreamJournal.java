package studio.serverless.runner.kinesis.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.Map;
import studio.serverless.runner.kinesis.engine.KinesisEngine;
import studio.serverless.runner.kinesis.engine.StreamJournal;
import studio.serverless.runner.kinesis.engine.StreamMode;
import studio.serverless.runner.kinesis.engine.StreamRecord;
import studio.serverless.runner.kinesis.engine.StreamSnapshot;
import studio.serverless.runner.storage.H2Storage;
import studio.serverless.runner.storage.JournalTables;

/**
 * Writes streams and their records through to H2 before the engine answers (one transaction per PutRecords), and
 * restores them at start: same shards, same sequence numbers, same arrival times. Expired records are deleted when
 * a later put drops them, except each shard's newest row, which keeps sequence numbers increasing after a
 * restart (decision 0030).
 */
public final class H2StreamJournal implements StreamJournal {

    private static final TypeReference<Map<String, String>> TEXT_MAP = new TypeReference<>() {
    };

    private final JournalTables tables;

    private H2StreamJournal(JournalTables tables) {
        this.tables = tables;
    }

    /** The journal in {@code storage}, creating its tables on first use. */
    public static H2StreamJournal in(H2Storage storage) {
        return new H2StreamJournal(new JournalTables(storage,
                "CREATE TABLE IF NOT EXISTS kinesis_streams (ordinal BIGINT AUTO_INCREMENT,"
                        + " name VARCHAR(128) PRIMARY KEY, mode VARCHAR(16) NOT NULL, shard_count INT NOT NULL,"
                        + " created_at BIGINT NOT NULL, retention_hours INT NOT NULL, tags CLOB NOT NULL)",
                "CREATE TABLE IF NOT EXISTS kinesis_records (stream VARCHAR(128) NOT NULL, shard_index INT NOT NULL,"
                        + " sequence_number VARCHAR(64) NOT NULL, partition_key VARCHAR(256) NOT NULL,"
                        + " data VARBINARY(1048576) NOT NULL, arrived_at BIGINT NOT NULL,"
                        + " PRIMARY KEY (stream, shard_index, sequence_number))"));
    }

    /** Puts every stored stream, then its records in sequence order, back into {@code engine}. */
    public void restoreInto(KinesisEngine engine) {
        tables.select("cannot read the stored Kinesis streams", "SELECT name, mode, shard_count, created_at,"
                + " retention_hours, tags FROM kinesis_streams ORDER BY ordinal",
                row -> new StreamSnapshot(row.getString(1), StreamMode.valueOf(row.getString(2)), row.getInt(3),
                        Instant.ofEpochMilli(row.getLong(4)), row.getInt(5),
                        JournalTables.fromJson(row.getString(6), TEXT_MAP))).forEach(engine::restoreStream);
        // sequence numbers of one shard have the same length, so text order is sequence order
        tables.select("cannot read the stored Kinesis records", "SELECT stream, shard_index, sequence_number,"
                + " partition_key, data, arrived_at FROM kinesis_records ORDER BY stream, shard_index, sequence_number",
                row -> {
                    StreamRecord record = new StreamRecord(row.getString(3), row.getString(4), row.getBytes(5),
                            Instant.ofEpochMilli(row.getLong(6)));
                    engine.restoreRecord(row.getString(1), row.getInt(2), record);
                    return record;
                });
    }

    @Override
    public void streamSaved(StreamSnapshot stream) {
        tables.transaction("cannot store Kinesis stream " + stream.name(), statements -> statements.update(
                "MERGE INTO kinesis_streams (name, mode, shard_count, created_at, retention_hours, tags) KEY (name)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", stream.name(), stream.mode().name(), stream.shardCount(),
                stream.creation().toEpochMilli(), stream.retentionHours(), JournalTables.json(stream.tags())));
    }

    @Override
    public void streamDeleted(String name) {
        tables.transaction("cannot delete Kinesis stream " + name, statements -> {
            statements.update("DELETE FROM kinesis_records WHERE stream = ?", name);
            statements.update("DELETE FROM kinesis_streams WHERE name = ?", name);
        });
    }

    @Override
    public void recordsAppended(String stream, java.util.List<ShardRecord> records) {
        tables.transaction("cannot store records of Kinesis stream " + stream, statements -> {
            for (ShardRecord added : records) {
                StreamRecord record = added.record();
                statements.update("INSERT INTO kinesis_records (stream, shard_index, sequence_number, partition_key,"
                        + " data, arrived_at) VALUES (?, ?, ?, ?, ?, ?)", stream, added.shardIndex(),
                        record.sequenceNumber(), record.partitionKey(), record.data(),
                        record.approximateArrivalTimestamp().toEpochMilli());
            }
        });
    }

    @Override
    public void recordsExpired(String stream, int shardIndex, String upToSequenceNumber) {
        tables.transaction("cannot delete expired records of Kinesis stream " + stream, statements -> statements
                .update("DELETE FROM kinesis_records WHERE stream = ? AND shard_index = ? AND sequence_number <= ?"
                        + " AND sequence_number < (SELECT MAX(sequence_number) FROM kinesis_records"
                        + " WHERE stream = ? AND shard_index = ?)", stream, shardIndex, upToSequenceNumber, stream,
                        shardIndex));
    }
}
