package studio.serverless.runner.kinesis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.serverless.runner.MutableClock;

/** A change the journal refuses is not made: the client gets an error and the stream is as it was. */
class JournalFirstTest {

    /** A journal whose store is failing (a full disk, a closed database). */
    private static final class FailingJournal implements StreamJournal {
        boolean failing;

        private void check() {
            if (failing) {
                throw new IllegalStateException("disk full");
            }
        }

        @Override
        public void streamSaved(StreamSnapshot stream) {
            check();
        }

        @Override
        public void streamDeleted(String name) {
            check();
        }

        @Override
        public void recordsAppended(String stream, List<ShardRecord> records) {
            check();
        }

        @Override
        public void recordsExpired(String stream, int shardIndex, String upToSequenceNumber) {
            check();
        }
    }

    private final FailingJournal journal = new FailingJournal();
    private final KinesisEngine engine = new KinesisEngine(new MutableClock(), "us-east-1", "000000000000", journal);

    @Test
    void aRefusedChangeLeavesTheStreamAsItWas() {
        engine.createStream("s", null, 1);
        journal.failing = true;

        assertThrows(IllegalStateException.class, () -> engine.putRecord("s", new PutEntry("k", null, new byte[1])));
        assertThrows(IllegalStateException.class, () -> engine.settings().addTags("s", Map.of("a", "b")));
        assertThrows(IllegalStateException.class, () -> engine.deleteStream("s"));
        assertThrows(IllegalStateException.class, () -> engine.createStream("t", null, 1));

        assertEquals(List.of(), engine.reader().recordsAfter("s", "shardId-000000000000", null, 10));
        assertEquals(Map.of(), engine.stream("s").tags());
        assertEquals(List.of("s"), engine.streams().stream().map(KinesisStream::name).toList());
        journal.failing = false;
        engine.putRecord("s", new PutEntry("k", null, new byte[1]));
        assertEquals(1, engine.reader().recordsAfter("s", "shardId-000000000000", null, 10).size());
    }
}
