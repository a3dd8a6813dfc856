package studio.serverless.codegen.handler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import studio.serverless.codegen.testing.ExternalTool;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.codegen.GeneratedProject;
import studio.serverless.codegen.ProjectGenerator;
import studio.serverless.codegen.ProjectWriter;
import studio.serverless.codegen.testing.ExampleDiagrams;

/**
 * The generated Python unit tests of an example pass ({@code python3 -m unittest}), with the AWS clients mocked:
 * they feed each trigger's sample event to the handler and check the SDK calls name the resources from the
 * environment.
 */
class PythonHandlerTestsPassTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"order-status-changes", "crud-api", "file-pipeline", "clickstream"})
    void generatedPythonTestsPass(String example) throws Exception {
        GeneratedProject project = new ProjectGenerator()
                .generate(ExampleDiagrams.load(example + ".studio.json"), new HandlerTarget());
        ProjectWriter.writeToFolder(project, folder);

        List<Path> functions;
        try (Stream<Path> list = Files.list(folder.resolve("functions"))) {
            functions = list.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(functions.size() > 0, "no function folder");
        for (Path function : functions) {
            String output = ExternalTool.run(function, List.of("python3", "-m", "unittest", "discover", "-s",
                    "tests"));
            assertTrue(output.contains("OK"), function + ": " + output);
        }
    }
}
