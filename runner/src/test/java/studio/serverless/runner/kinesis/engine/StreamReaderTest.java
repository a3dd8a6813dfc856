package studio.serverless.runner.kinesis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.serverless.runner.MutableClock;

/** The in-process reads an event source mapping's poller uses, and iterators on a real clock's precision. */
class StreamReaderTest {

    private static final String SHARD = "shardId-000000000000";
    private static final Instant SUB_MILLISECOND = Instant.parse("2026-01-01T00:00:00.123456789Z");

    private final KinesisEngine engine = new KinesisEngine(Clock.fixed(SUB_MILLISECOND, ZoneOffset.UTC), "us-east-1",
            "000000000000");

    private PutResult put(String stream, String value) {
        return engine.putRecord(stream, new PutEntry("k", null, value.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> values(List<StreamRecord> records) {
        return records.stream().map(record -> new String(record.data(), StandardCharsets.UTF_8)).toList();
    }

    @Test
    void aPollerReadsWhatCameAfterTheLastRecordItHandled() {
        engine.createStream("s", null, 1);
        PutResult first = put("s", "one");
        put("s", "two");
        put("s", "three");

        List<StreamRecord> fromStart = engine.reader().recordsAfter("s", SHARD, null, 2);
        List<StreamRecord> rest = engine.reader().recordsAfter("s", SHARD, fromStart.get(1).sequenceNumber(), 10);

        assertEquals(List.of("one", "two"), values(fromStart));
        assertEquals(first.sequenceNumber(), fromStart.get(0).sequenceNumber());
        assertEquals(List.of("three"), values(rest));
        assertEquals(rest.get(0).sequenceNumber(), engine.reader().latestSequenceNumber("s", SHARD));
        assertEquals(SUB_MILLISECOND.toEpochMilli(), rest.get(0).approximateArrivalTimestamp().toEpochMilli());
    }

    @Test
    void iteratorsWorkOnAClockFinerThanAMillisecond() {
        engine.createStream("s", null, 1);
        put("s", "one");
        String iterator = engine.reader().shardIterator("s", SHARD, ShardIteratorType.TRIM_HORIZON, null, null);

        RecordBatch batch = engine.reader().getRecords(iterator, null);

        assertEquals(List.of("one"), values(batch.records()));
    }

    @Test
    void anIteratorOfADeletedAndRecreatedStreamIsNoLongerValid() {
        MutableClock clock = new MutableClock();
        KinesisEngine kinesis = new KinesisEngine(clock, "us-east-1", "000000000000");
        kinesis.createStream("s", null, 1);
        String iterator = kinesis.reader().shardIterator("s", SHARD, ShardIteratorType.LATEST, null, null);
        kinesis.deleteStream("s");
        clock.advance(Duration.ofSeconds(1));
        kinesis.createStream("s", null, 1);

        KinesisException refused = assertThrows(KinesisException.class,
                () -> kinesis.reader().getRecords(iterator, null));

        assertEquals("Invalid ShardIterator.", refused.getMessage());
    }

    @Test
    void aSequenceNumberOfAnotherShardIsRefusedAsAwsRefusesIt() {
        engine.createStream("s", null, 2);
        PutResult onSecond = engine.putRecord("s",
                new PutEntry("k", HashKeyRange.MAX_HASH_KEY.toString(), new byte[0]));

        KinesisException refused = assertThrows(KinesisException.class, () -> engine.reader().shardIterator("s", SHARD,
                ShardIteratorType.AT_SEQUENCE_NUMBER, onSecond.sequenceNumber(), null));

        assertEquals("shardId-000000000001", onSecond.shardId());
        assertEquals(KinesisError.INVALID_ARGUMENT, refused.error());
        assertEquals("Invalid StartingSequenceNumber. It encodes shardId-000000000001, while it was used in a call to"
                + " a shard with shardId-000000000000", refused.getMessage());
    }
}
