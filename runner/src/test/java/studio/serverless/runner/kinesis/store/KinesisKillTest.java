package studio.serverless.runner.kinesis.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.runner.LocalCloud;

/** A process killed with SIGKILL while putting records loses none it acknowledged, in either shard. */
class KinesisKillTest {

    private static final int STEPS = 50_000;
    private static final int KILL_AFTER = 300;

    @TempDir
    Path data;

    @Test
    void aKilledProcessLosesNoAcknowledgedRecord() throws Exception {
        Set<String> acknowledged = writeUntilKilled();
        assertTrue(acknowledged.size() > KILL_AFTER, "acknowledged " + acknowledged.size());

        try (LocalCloud cloud = LocalCloud.start(0, Clock.systemUTC(), Optional.of(data))) {
            Set<String> kept = new HashSet<>();
            for (String shard : new String[] {"shardId-000000000000", "shardId-000000000001"}) {
                cloud.kinesis().reader().recordsAfter(KinesisWriterProcess.STREAM, shard, null, 10_000)
                        .forEach(record -> kept.add(shard + " " + record.sequenceNumber()));
            }
            acknowledged.forEach(record -> assertTrue(kept.contains(record), "lost " + record));
        }
    }

    /** Starts the writer, reads its acknowledgements, kills it mid-stream; answers "SHARD SEQUENCE" of each. */
    private Set<String> writeUntilKilled() throws Exception {
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KinesisWriterProcess.class.getName(), data.toString(),
                Integer.toString(STEPS)).redirectErrorStream(true).start();
        Set<String> acknowledged = new HashSet<>();
        int last = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && last < KILL_AFTER; line = out.readLine()) {
                String[] parts = line.split(" ");
                if (parts[0].equals("ACK")) {
                    last = Integer.parseInt(parts[1]);
                    for (int i = 2; i + 1 < parts.length; i += 2) {
                        acknowledged.add(parts[i] + " " + parts[i + 1]);
                    }
                }
            }
        } finally {
            writer.destroyForcibly(); // SIGKILL: no shutdown hook, no close, mid-write
            writer.waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(last >= KILL_AFTER, "the writer was killed mid-stream, after step " + last);
        return acknowledged;
    }
}
