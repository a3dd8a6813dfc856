package studio.serverless.model.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** What a benchmark ran on: the processor, the number of cores, the operating system and the Java runtime. */
final class MachineDescription {

    private static final Path CPU_INFO = Path.of("/proc/cpuinfo");

    private MachineDescription() {
    }

    /** E.g. "Intel(R) Xeon(R) CPU @ 2.20GHz, 2 cores, Linux 6.1 (amd64)". */
    static String machine() {
        String cpu = cpuModel().orElse("unknown CPU");
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name")
                + " " + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")";
    }

    /** E.g. "17.0.15 (Eclipse Adoptium)". */
    static String java() {
        return System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")";
    }

    private static Optional<String> cpuModel() {
        if (!Files.isReadable(CPU_INFO)) {
            return Optional.empty();
        }
        try {
            return Files.readAllLines(CPU_INFO).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }
}
