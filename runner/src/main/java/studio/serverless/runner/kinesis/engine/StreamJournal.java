package studio.serverless.runner.kinesis.engine;

import java.util.List;

/**
 * Where the engine reports every change before it makes it, so a store can keep streams and records durable
 * (decision 0030, the pattern of 0019). A method that throws stops the change: the engine is left as it was and
 * the client gets an error. {@link #NONE} keeps nothing (the in-memory default).
 */
public interface StreamJournal {

    /** Keeps nothing. */
    StreamJournal NONE = new StreamJournal() {
        @Override
        public void streamSaved(StreamSnapshot stream) {
        }

        @Override
        public void streamDeleted(String name) {
        }

        @Override
        public void recordsAppended(String stream, List<ShardRecord> records) {
        }

        @Override
        public void recordsExpired(String stream, int shardIndex, String upToSequenceNumber) {
        }
    };

    /** A stream was created, or its retention or tags changed. */
    void streamSaved(StreamSnapshot stream);

    /** A stream and all its records were deleted. */
    void streamDeleted(String name);

    /** Records were put (one PutRecord or PutRecords), in order. */
    void recordsAppended(String stream, List<ShardRecord> records);

    /**
     * Records of a shard up to this sequence number passed the retention period. A store may keep the newest one
     * of a shard, so that sequence numbers go on increasing after a restart.
     */
    void recordsExpired(String stream, int shardIndex, String upToSequenceNumber);

    /**
     * A record with the index of the shard it is on.
     *
     * @param shardIndex the shard's index (its id's number)
     * @param record     the record
     */
    record ShardRecord(int shardIndex, StreamRecord record) {
    }
}
