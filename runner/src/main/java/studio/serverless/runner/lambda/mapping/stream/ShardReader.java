package studio.serverless.runner.lambda.mapping.stream;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads one shard in order and hands out batches: it waits for the first record, then gathers until the batch is
 * full or the batching window has passed. Records read beyond a batch wait for the next one. A read that fails
 * (records trimmed meanwhile) resumes after the last record read, or at the trim horizon.
 */
final class ShardReader {

    /** How long to wait for new records before reading again: Lambda polls a shard four times a second. */
    static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Logger LOG = Logger.getLogger(ShardReader.class.getName());

    private final StreamSource source;
    private final String shardId;
    private final StreamMapping mapping;
    private final Deque<ShardRecord> buffer = new ArrayDeque<>();
    private String iterator;
    private String lastSequenceNumber;

    ShardReader(StreamSource source, String shardId, String iterator, StreamMapping mapping) {
        this.source = source;
        this.shardId = shardId;
        this.iterator = iterator;
        this.mapping = mapping;
    }

    /** @return whether the shard is closed and every record of it handed out */
    boolean finished() {
        return iterator == null && buffer.isEmpty();
    }

    /**
     * The next batch, oldest record first; empty when nothing arrived within one poll interval (or the shard is
     * finished).
     */
    List<ShardRecord> nextBatch() throws InterruptedException {
        fill();
        if (buffer.isEmpty()) {
            if (iterator != null) {
                source.awaitRecords(POLL_INTERVAL);
            }
            return List.of();
        }
        long windowEnd = System.nanoTime() + mapping.batchingWindow().toNanos();
        while (buffer.size() < mapping.batchSize() && iterator != null && System.nanoTime() < windowEnd) {
            long remaining = windowEnd - System.nanoTime();
            source.awaitRecords(Duration.ofNanos(Math.min(remaining, POLL_INTERVAL.toNanos())));
            fill();
        }
        List<ShardRecord> batch = new ArrayList<>();
        while (!buffer.isEmpty() && batch.size() < mapping.batchSize()) {
            batch.add(buffer.removeFirst());
        }
        return batch;
    }

    private void fill() {
        int room = mapping.batchSize() - buffer.size();
        if (iterator == null || room <= 0) {
            return;
        }
        try {
            ShardPage page = source.read(iterator, room);
            buffer.addAll(page.records());
            iterator = page.nextIterator();
            if (!page.records().isEmpty()) {
                lastSequenceNumber = page.records().get(page.records().size() - 1).sequenceNumber();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reading shard " + shardId + " of " + source.arn() + " failed; resuming", e);
            iterator = lastSequenceNumber == null ? source.iterator(shardId, StartingPosition.TRIM_HORIZON)
                    : source.iteratorAfter(shardId, lastSequenceNumber);
        }
    }
}
