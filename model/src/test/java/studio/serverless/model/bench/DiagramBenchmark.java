package studio.serverless.model.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFiles;
import studio.serverless.model.validation.Validator;

/**
 * Times loading and validating the benchmark diagram ({@link DiagramGenerator}: 1,000 services, 2,000
 * connections) once the JVM is warm, and prints the figures as a row of the table in docs/benchmarks.md.
 * Run it with {@code scripts/benchmark.sh}, which adds the row to that page.
 */
public final class DiagramBenchmark {

    /** The seed of the benchmark diagram, fixed so that every run measures the same diagram. */
    public static final long SEED = 20_240_601L;
    private static final int WARM_UP_ROUNDS = 20;
    private static final int MEASURED_ROUNDS = 30;

    /** Something the measured work feeds, so that the JIT cannot drop the work as unused. */
    private static long sink;

    private DiagramBenchmark() {
    }

    /** Runs the benchmark and prints the Markdown row (the only line of the output starting with "|"). */
    public static void main(String[] args) throws Exception {
        Diagram diagram = new DiagramGenerator(SEED).generate();
        Path file = Files.createTempFile("diagram-benchmark-", DiagramFiles.EXTENSION);
        try {
            DiagramFiles.save(diagram, file);
            System.out.println("Benchmark diagram: " + diagram.services().size() + " services, "
                    + diagram.connections().size() + " connections, " + Files.size(file) + " bytes");
            Timings load = measure(() -> sink += DiagramFiles.load(file).services().size());
            Diagram loaded = DiagramFiles.load(file);
            Validator validator = Validator.standard();
            Timings validate = measure(() -> sink += validator.validate(loaded).size());
            System.out.println("Diagnostics of the benchmark diagram: " + validator.validate(loaded).size()
                    + " (sink " + sink + ")");
            System.out.println(row(load, validate));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Timings measure(Operation operation) throws Exception {
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            operation.run();
        }
        long[] durations = new long[MEASURED_ROUNDS];
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            long start = System.nanoTime();
            operation.run();
            durations[round] = System.nanoTime() - start;
        }
        return Timings.ofNanos(durations);
    }

    private static String row(Timings load, Timings validate) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %,d / %,d | %.1f | %.1f | %.1f | %.1f |",
                LocalDate.now(), MachineDescription.machine(), MachineDescription.java(), DiagramGenerator.SERVICES,
                DiagramGenerator.CONNECTIONS, load.medianMillis(), load.p90Millis(), validate.medianMillis(),
                validate.p90Millis());
    }

    /** One measured operation. */
    @FunctionalInterface
    private interface Operation {
        void run() throws Exception;
    }
}
