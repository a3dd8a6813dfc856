package studio.serverless.runner.kinesis.engine;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import studio.serverless.runner.kinesis.engine.StreamJournal.ShardRecord;

/**
 * Puts records on a stream's shards: under the stream's lock, expired records are dropped, sequence numbers
 * reserved, the whole put journalled (one transaction for a PutRecords), and only then are the records readable.
 */
final class RecordWriter {

    private final StreamJournal journal;

    RecordWriter(StreamJournal journal) {
        this.journal = journal;
    }

    /** Puts checked entries with their hash keys, in order, at {@code now}. */
    List<PutResult> put(KinesisStream stream, List<PutEntry> entries, List<BigInteger> hashKeys, Instant now) {
        synchronized (stream) {
            if (stream.deleted()) {
                throw KinesisException.noSuchStream(stream.name(), stream.arn().split(":")[4]);
            }
            dropExpired(stream, now);
            List<ShardRecord> records = new ArrayList<>();
            List<PutResult> results = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                ShardLog shard = stream.shardFor(hashKeys.get(i));
                PutEntry entry = entries.get(i);
                StreamRecord record = new StreamRecord(shard.reserve(), entry.partitionKey(), entry.data(), now);
                records.add(new ShardRecord(shard.index(), record));
                results.add(new PutResult(shard.description().shardId(), record.sequenceNumber()));
            }
            journal.recordsAppended(stream.name(), records);
            List<ShardLog> shards = stream.shardLogs();
            records.forEach(added -> shards.get(added.shardIndex()).append(added.record()));
            return results;
        }
    }

    private void dropExpired(KinesisStream stream, Instant now) {
        Instant oldestKept = stream.oldestKept(now);
        for (ShardLog shard : stream.shardLogs()) {
            String expired = shard.lastExpired(oldestKept);
            if (expired != null) {
                journal.recordsExpired(stream.name(), shard.index(), expired);
                shard.dropThrough(expired);
            }
        }
    }
}
