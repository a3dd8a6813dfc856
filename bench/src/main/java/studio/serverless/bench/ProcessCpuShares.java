package studio.serverless.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time used by this JVM and by each process it started (the runtime processes of the functions), taken
 * at the start and the end of a measured period from Linux's {@code /proc/PID/stat}: on two shared cores the CPU
 * milliseconds per request tell where the time goes even when another build takes some of the cores.
 */
final class ProcessCpuShares {

    private final Map<Long, String> names = new LinkedHashMap<>();
    private final Map<Long, Double> millis = new LinkedHashMap<>();
    private double compilerMillis;

    private ProcessCpuShares() {
    }

    /** The CPU milliseconds used so far by this JVM and each of its descendants (zero for those not on Linux). */
    static ProcessCpuShares now() {
        ProcessCpuShares shares = new ProcessCpuShares();
        shares.add(ProcessHandle.current());
        ProcessHandle.current().descendants().forEach(shares::add);
        shares.compilerMillis = compilerThreadsMillis();
        return shares;
    }

    /** The CPU milliseconds of this JVM's JIT compiler threads, which keep compiling long after a short warm-up. */
    private static double compilerThreadsMillis() {
        try (Stream<Path> threads = Files.list(Path.of("/proc/self/task"))) {
            return threads.filter(ProcessCpuShares::isCompilerThread)
                    .map(thread -> ServerCpu.of(thread.getFileName().toString(), thread.resolve("stat")))
                    .mapToDouble(cpu -> cpu == null ? 0 : cpu.usedMillis()).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static boolean isCompilerThread(Path thread) {
        try {
            String name = Files.readString(thread.resolve("comm"));
            return name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler");
        } catch (IOException e) {
            return false;
        }
    }

    /** The CPU milliseconds this JVM's JIT compiler threads used since {@code earlier}. */
    double compilerSince(ProcessCpuShares earlier) {
        return compilerMillis - earlier.compilerMillis;
    }

    private void add(ProcessHandle process) {
        ServerCpu cpu = ServerCpu.of(Long.toString(process.pid()));
        if (cpu != null) {
            names.put(process.pid(), process.info().command().orElse("?").replaceAll(".*/", ""));
            millis.put(process.pid(), cpu.usedMillis());
        }
    }

    /** This JVM's CPU milliseconds since {@code earlier}. */
    double jvmSince(ProcessCpuShares earlier) {
        long self = ProcessHandle.current().pid();
        return millis.getOrDefault(self, 0.0) - earlier.millis.getOrDefault(self, 0.0);
    }

    /** Each descendant's CPU milliseconds since {@code earlier}, by "name pid", for those that used any. */
    Map<String, Double> descendantsSince(ProcessCpuShares earlier) {
        long self = ProcessHandle.current().pid();
        Map<String, Double> used = new LinkedHashMap<>();
        millis.forEach((pid, value) -> {
            double delta = value - earlier.millis.getOrDefault(pid, 0.0);
            if (pid != self && delta > 0) {
                used.put(names.get(pid) + " " + pid, delta);
            }
        });
        return used;
    }
}
