package studio.serverless.codegen.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import studio.serverless.codegen.GeneratedProject;
import studio.serverless.codegen.ProjectGenerator;
import studio.serverless.codegen.Targets;
import studio.serverless.codegen.handler.FunctionLanguages;
import studio.serverless.codegen.project.ProjectComposer;
import studio.serverless.codegen.testing.RandomDiagrams;
import studio.serverless.model.diagram.Diagram;

/**
 * Times generating every target (AWS SAM, Terraform, the handler code of every function and the project files)
 * for a diagram of {@value #SERVICES} services and about {@value #CONNECTIONS} connections once the JVM is warm,
 * in memory (writing files is the disk's business), and prints the figures as a row of the generator table in
 * docs/benchmarks.md. Run it with {@code scripts/benchmark.sh}, which adds the row to that page.
 */
public final class GenerationBenchmark {

    /** The seed of the benchmark diagram, fixed so that every run measures the same diagram. */
    public static final long SEED = 20_261_129L;
    static final int SERVICES = 1_000;
    static final int CONNECTIONS = 2_000;
    private static final int WARM_UP_ROUNDS = 10;
    private static final int MEASURED_ROUNDS = 20;

    private GenerationBenchmark() {
    }

    /** Runs the benchmark and prints the Markdown row (the only line of the output starting with "|"). */
    public static void main(String[] args) {
        Diagram diagram = RandomDiagrams.sized(SEED, SERVICES, CONNECTIONS);
        ProjectComposer composer = new ProjectComposer(new ProjectGenerator());
        List<studio.serverless.codegen.Target> targets = Targets.byIds("sam,terraform").orElseThrow();
        long files = 0;
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            files = composer.compose(diagram, targets, FunctionLanguages.perRuntime()).size();
        }
        long[] durations = new long[MEASURED_ROUNDS];
        long bytes = 0;
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            long start = System.nanoTime();
            GeneratedProject project = composer.compose(diagram, targets, FunctionLanguages.perRuntime());
            durations[round] = System.nanoTime() - start;
            bytes = size(project);
        }
        System.out.println("Benchmark diagram: " + diagram.services().size() + " services, "
                + diagram.connections().size() + " connections; project: " + files + " files, " + bytes + " bytes");
        Arrays.sort(durations);
        double median = (durations[MEASURED_ROUNDS / 2 - 1] + durations[MEASURED_ROUNDS / 2]) / 2e6;
        double p90 = durations[(int) Math.ceil(0.9 * MEASURED_ROUNDS) - 1] / 1e6;
        System.out.println(String.format(Locale.ROOT, "| %s | %s | %s | %,d / %,d | %,d | %.0f | %.0f |",
                java.time.LocalDate.now(), BenchmarkMachine.machine(), BenchmarkMachine.java(),
                diagram.services().size(), diagram.connections().size(), files, median, p90));
    }

    private static long size(GeneratedProject project) {
        long total = 0;
        for (String path : project.paths()) {
            total += project.content(path).orElseThrow().length;
        }
        return total;
    }
}
