package studio.serverless.codegen.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import studio.serverless.codegen.GeneratedProject;
import studio.serverless.codegen.ProjectGenerator;
import studio.serverless.codegen.ProjectWriter;
import studio.serverless.codegen.handler.FunctionLanguages;
import studio.serverless.codegen.testing.ExampleDiagrams;

/**
 * The Terraform configuration of one example, compared byte for byte with the files checked in under
 * {@code src/test/resources/golden/terraform/}, so that reviews see every change of the output as a diff. After an
 * intended change, regenerate them with {@code mvn -pl codegen test -Dtest=TerraformGoldenFilesTest -Dgolden.update=true}
 * and review the diff.
 */
class TerraformGoldenFilesTest {

    private static final String EXAMPLE = "order-status-changes";
    private static final Path GOLDEN = Paths.get("src", "test", "resources", "golden", "terraform", EXAMPLE);

    @Test
    void orderStatusChangesExampleGivesTheGoldenFiles() throws Exception {
        GeneratedProject project = new ProjectGenerator()
                .generate(FunctionLanguages.perRuntime().align(ExampleDiagrams.load(EXAMPLE + ".studio.json")),
                        new TerraformTarget());
        if (Boolean.getBoolean("golden.update")) {
            ProjectWriter.writeToFolder(project, GOLDEN);
        }
        List<String> generated = new ArrayList<>();
        project.paths().forEach(generated::add);

        assertEquals(goldenPaths(), generated, "the files of the project");
        for (String path : generated) {
            assertEquals(Files.readString(GOLDEN.resolve(path), StandardCharsets.UTF_8),
                    project.text(path).orElseThrow(), path);
        }
    }

    private static List<String> goldenPaths() throws IOException {
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> GOLDEN.relativize(file).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
