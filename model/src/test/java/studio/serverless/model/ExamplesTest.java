package studio.serverless.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFiles;
import studio.serverless.model.format.DiagramSchema;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Validator;

/**
 * The example diagrams of the repository's {@code examples/} folder: each opens and is clean (AWS best practice,
 * so validation has nothing to say), and each is explained in the folder's README.
 */
class ExamplesTest {

    /** Surefire runs tests in the module's folder; the examples are next to it, at the repository root. */
    private static final Path EXAMPLES = Paths.get("..", "examples");

    static List<Path> exampleFiles() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(file -> file.getFileName().toString().endsWith(DiagramFiles.EXTENSION))
                    .sorted()
                    .toList();
        }
    }

    @ParameterizedTest
    @MethodSource("exampleFiles")
    void exampleLoadsAndValidatesWithoutAnyDiagnostic(Path file) throws Exception {
        Diagram diagram = DiagramFiles.load(file);

        List<Diagnostic> diagnostics = Validator.standard().validate(diagram);

        assertTrue(diagnostics.isEmpty(), () -> file.getFileName() + " has diagnostics:\n" + describe(diagnostics));
    }

    @ParameterizedTest
    @MethodSource("exampleFiles")
    void exampleKeepsThePublishedSchema(Path file) throws IOException {
        JsonNode json = new ObjectMapper().readTree(file.toFile());

        Set<ValidationMessage> violations = DiagramSchema.load().validate(json);

        assertEquals(Set.of(), violations, () -> file.getFileName() + " breaks docs/diagram.schema.json");
    }

    @ParameterizedTest
    @MethodSource("exampleFiles")
    void exampleIsExplainedInTheReadme(Path file) throws IOException {
        String readme = Files.readString(EXAMPLES.resolve("README.md"));

        assertTrue(readme.contains("`" + file.getFileName() + "`"),
                () -> "examples/README.md does not explain " + file.getFileName());
    }

    @Test
    void thereAreAtLeastSevenExamples() throws IOException {
        List<Path> files = exampleFiles();

        assertTrue(files.size() >= 7, () -> "only " + files.size() + " examples in " + EXAMPLES.toAbsolutePath());
    }

    private static String describe(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .map(diagnostic -> "  " + diagnostic.severity().label() + " [" + diagnostic.ruleId() + "] "
                        + diagnostic.elements() + ": " + diagnostic.message() + " Fix: " + diagnostic.fix())
                .collect(Collectors.joining("\n"));
    }
}
