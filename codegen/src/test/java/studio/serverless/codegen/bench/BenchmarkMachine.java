package studio.serverless.codegen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a benchmark ran on, in the words of the model benchmark's table: the processor ({@code lscpu}'s model
 * name), the number of cores ({@code nproc}), the operating system and the Java runtime.
 */
final class BenchmarkMachine {

    private static final Path CPU_INFO = Path.of("/proc/cpuinfo");

    private BenchmarkMachine() {
    }

    /** E.g. "AMD EPYC, 2 cores, Linux 6.1 (amd64)". */
    static String machine() {
        return cpuModel().orElse("unknown CPU") + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")";
    }

    /** E.g. "17.0.15 (Debian)". */
    static String java() {
        return System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")";
    }

    private static Optional<String> cpuModel() {
        if (!Files.isReadable(CPU_INFO)) {
            return Optional.empty();
        }
        try {
            return Files.readAllLines(CPU_INFO).stream().filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }
}
