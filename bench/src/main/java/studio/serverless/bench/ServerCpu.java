package studio.serverless.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time a server process has used, read from Linux's {@code /proc/PID/stat} (user plus system time, in
 * clock ticks of 10 ms). Measuring it around the measured period tells what each operation cost the server,
 * which the shared client cannot hide: on two cores the AWS SDK client's own work bounds every server's
 * operations per second.
 */
final class ServerCpu {

    private static final double MILLIS_PER_TICK = 10.0; // CLK_TCK is 100 on Linux
    private final Path stat;

    private ServerCpu(Path stat) {
        this.stat = stat;
    }

    /** The server process {@code pid}, or null when it is unknown or its figures cannot be read (not Linux). */
    static ServerCpu of(String pid) {
        if (pid == null || pid.isBlank() || !Files.isReadable(Path.of("/proc", pid.trim(), "stat"))) {
            return null;
        }
        return new ServerCpu(Path.of("/proc", pid.trim(), "stat"));
    }

    /** The thread or process whose {@code stat} file is {@code stat}, or null when it cannot be read. */
    static ServerCpu of(String name, Path stat) {
        return Files.isReadable(stat) ? new ServerCpu(stat) : null;
    }

    /** The CPU milliseconds the process has used so far. */
    double usedMillis() {
        try {
            String text = Files.readString(stat);
            // the command name in parentheses may hold spaces: count fields after its closing parenthesis
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the server's CPU time from " + stat, e);
        }
    }
}
