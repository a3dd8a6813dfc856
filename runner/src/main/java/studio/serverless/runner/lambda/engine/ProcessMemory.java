package studio.serverless.runner.lambda.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's memory as Linux reports it in {@code /proc/PID/status}: resident now ({@code VmRSS}) and at its peak
 * ({@code VmHWM}, AWS's "Max Memory Used"). Elsewhere, or once the process is gone, the answer is 0, and memory
 * limits are then left to the runtime ({@code --max-old-space-size} for Node.js).
 */
final class ProcessMemory {

    private static final long KILOBYTES_PER_MEGABYTE = 1024;

    private ProcessMemory() {
    }

    /** The resident memory in megabytes, rounded up; 0 when unknown. */
    static long residentMegabytes(long pid) {
        return field(pid, "VmRSS:");
    }

    /** The peak resident memory in megabytes, rounded up; 0 when unknown. */
    static long peakMegabytes(long pid) {
        return field(pid, "VmHWM:");
    }

    private static long field(long pid, String name) {
        try {
            String status = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "status")),
                    StandardCharsets.ISO_8859_1);
            int at = status.indexOf(name);
            if (at < 0) {
                return 0;
            }
            int end = status.indexOf('\n', at);
            String value = status.substring(at + name.length(), end < 0 ? status.length() : end);
            long kilobytes = Long.parseLong(value.replace("kB", "").trim());
            return (kilobytes + KILOBYTES_PER_MEGABYTE - 1) / KILOBYTES_PER_MEGABYTE;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
