package studio.serverless.runner.stepfunctions.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the benchmark ran on: processor, cores and the load average when it started. */
final class BenchMachine {

    private BenchMachine() {
    }

    /** E.g. "AMD EPYC, 2 cores, load 0.42". */
    static String describe() {
        return cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores, load " + load();
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown CPU");
        } catch (IOException unreadable) {
            return "unknown CPU";
        }
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException unreadable) {
            return "unknown";
        }
    }
}
