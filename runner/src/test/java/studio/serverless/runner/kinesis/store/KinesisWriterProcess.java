package studio.serverless.runner.kinesis.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.kinesis.engine.KinesisEngine;
import studio.serverless.runner.kinesis.engine.PutEntry;
import studio.serverless.runner.kinesis.engine.PutResult;

/**
 * A local cloud with a data folder in its own process, putting records on a two-shard stream as fast as it can so a
 * test can kill it with SIGKILL mid-stream. Step n puts record {@code n} alone when n is even, or with {@code n-b}
 * in one PutRecords when odd; after each acknowledged step it prints {@code ACK n SHARD SEQUENCE} for each record.
 */
public final class KinesisWriterProcess {

    static final String STREAM = "killed";

    private KinesisWriterProcess() {
    }

    /** Entry point: {@code KinesisWriterProcess FOLDER STEPS}. */
    public static void main(String[] args) {
        LocalCloud cloud = LocalCloud.start(0, Clock.systemUTC(), Optional.of(Path.of(args[0])));
        KinesisEngine kinesis = cloud.kinesis();
        kinesis.createStream(STREAM, null, 2);
        int steps = Integer.parseInt(args[1]);
        for (int step = 0; step < steps; step++) {
            List<PutResult> results = step % 2 == 0 ? List.of(kinesis.putRecord(STREAM, entry(step + "")))
                    : kinesis.putRecords(STREAM, List.of(entry(step + ""), entry(step + "-b")));
            StringBuilder line = new StringBuilder("ACK " + step);
            results.forEach(result -> line.append(' ').append(result.shardId()).append(' ')
                    .append(result.sequenceNumber()));
            System.out.println(line);
            System.out.flush();
        }
        cloud.stop();
    }

    private static PutEntry entry(String value) {
        return new PutEntry("key-" + value, null, value.getBytes(StandardCharsets.UTF_8));
    }
}
