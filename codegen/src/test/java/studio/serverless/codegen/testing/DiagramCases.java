package studio.serverless.codegen.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Named;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFiles;

/** The diagrams generators are checked over: every example, then random legal diagrams. */
public final class DiagramCases {

    /** How many random diagrams the checks cover. */
    public static final int RANDOM_DIAGRAMS = 50;

    private DiagramCases() {
    }

    /** Every example and {@value #RANDOM_DIAGRAMS} random diagrams, each named for the test report. */
    public static List<Named<Supplier<Diagram>>> all() throws Exception {
        List<Named<Supplier<Diagram>>> cases = new ArrayList<>();
        for (Path file : ExampleDiagrams.files()) {
            cases.add(Named.of(file.getFileName().toString(), () -> load(file)));
        }
        LongStream.rangeClosed(1, RANDOM_DIAGRAMS).forEach(seed -> cases.add(
                Named.of("random diagram " + seed, () -> RandomDiagrams.generate(seed, 3, 30))));
        return cases;
    }

    private static Diagram load(Path file) {
        try {
            return DiagramFiles.load(file);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
