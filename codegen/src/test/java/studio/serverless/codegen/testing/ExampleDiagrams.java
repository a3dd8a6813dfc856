package studio.serverless.codegen.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFiles;

/** The example diagrams of the repository's {@code examples/} folder. */
public final class ExampleDiagrams {

    /** Surefire runs tests in the module's folder; the examples are at the repository root. */
    public static final Path FOLDER = Paths.get("..", "examples");

    private ExampleDiagrams() {
    }

    /** Every example file, sorted. */
    public static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(file -> file.getFileName().toString().endsWith(DiagramFiles.EXTENSION)).sorted()
                    .toList();
        }
    }

    /** An example by file name, e.g. {@code crud-api.studio.json}. */
    public static Diagram load(String fileName) throws Exception {
        return DiagramFiles.load(FOLDER.resolve(fileName));
    }
}
