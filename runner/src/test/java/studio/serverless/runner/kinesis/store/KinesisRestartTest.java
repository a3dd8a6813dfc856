package studio.serverless.runner.kinesis.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.MutableClock;
import studio.serverless.runner.kinesis.engine.KinesisEngine;
import studio.serverless.runner.kinesis.engine.KinesisException;
import studio.serverless.runner.kinesis.engine.KinesisStream;
import studio.serverless.runner.kinesis.engine.PutEntry;
import studio.serverless.runner.kinesis.engine.PutResult;
import studio.serverless.runner.kinesis.engine.StreamRecord;

/** With a data folder, streams and their records are where they were after a restart, and sequence numbers go on. */
class KinesisRestartTest {

    private static final String SHARD = "shardId-000000000000";

    @TempDir
    Path data;

    private final MutableClock clock = new MutableClock();

    private void run(Consumer<KinesisEngine> work) {
        try (LocalCloud cloud = LocalCloud.start(0, clock, Optional.of(data))) {
            work.accept(cloud.kinesis());
        }
    }

    private static PutResult put(KinesisEngine kinesis, String stream, String value) {
        return kinesis.putRecord(stream, new PutEntry("key", null, value.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> values(KinesisEngine kinesis, String stream) {
        return kinesis.reader().recordsAfter(stream, SHARD, null, 100).stream()
                .map(record -> new String(record.data(), StandardCharsets.UTF_8)).toList();
    }

    @Test
    void streamsRecordsRetentionAndTagsAreRestoredAndSequenceNumbersGoOn() {
        AtomicReference<String> before = new AtomicReference<>();
        AtomicReference<List<StreamRecord>> stored = new AtomicReference<>();
        run(kinesis -> {
            kinesis.createStream("clicks", null, 1);
            kinesis.settings().increaseRetention("clicks", 48);
            kinesis.settings().addTags("clicks", Map.of("team", "web"));
            put(kinesis, "clicks", "one");
            before.set(put(kinesis, "clicks", "two").sequenceNumber());
            stored.set(kinesis.reader().recordsAfter("clicks", SHARD, null, 100));
        });

        run(kinesis -> {
            KinesisStream stream = kinesis.stream("clicks");
            assertEquals(48, stream.retentionHours());
            assertEquals(Map.of("team", "web"), stream.tags());
            List<StreamRecord> restored = kinesis.reader().recordsAfter("clicks", SHARD, null, 100);
            assertEquals(stored.get().stream().map(StreamRecord::sequenceNumber).toList(),
                    restored.stream().map(StreamRecord::sequenceNumber).toList());
            assertEquals(stored.get().get(1).approximateArrivalTimestamp(),
                    restored.get(1).approximateArrivalTimestamp());
            String after = put(kinesis, "clicks", "three").sequenceNumber();
            assertTrue(new BigInteger(after).compareTo(new BigInteger(before.get())) > 0);
            assertEquals(List.of("one", "two", "three"), values(kinesis, "clicks"));
        });
    }

    @Test
    void aDeletedStreamStaysDeleted() {
        run(kinesis -> {
            kinesis.createStream("gone", null, 2);
            put(kinesis, "gone", "x");
            kinesis.deleteStream("gone");
        });

        run(kinesis -> assertThrows(KinesisException.class, () -> kinesis.stream("gone")));
    }

    @Test
    void expiredRecordsStayGoneAndTheNextSequenceNumberStillComesAfterThem() {
        String[] last = new String[1];
        run(kinesis -> {
            kinesis.createStream("short", null, 1);
            put(kinesis, "short", "old");
            clock.advance(Duration.ofHours(25));
            last[0] = put(kinesis, "short", "newer").sequenceNumber();
            clock.advance(Duration.ofHours(25));
        });

        run(kinesis -> {
            assertEquals(List.of(), values(kinesis, "short"));
            String next = put(kinesis, "short", "newest").sequenceNumber();
            assertTrue(new BigInteger(next).compareTo(new BigInteger(last[0])) > 0);
            assertEquals(List.of("newest"), values(kinesis, "short"));
        });
    }
}
