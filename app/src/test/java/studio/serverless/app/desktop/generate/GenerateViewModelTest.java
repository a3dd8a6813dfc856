package studio.serverless.app.desktop.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.app.testing.FakeDiagrams;
import studio.serverless.codegen.GeneratedProject;
import studio.serverless.codegen.handler.Language;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFiles;
import studio.serverless.model.validation.Validator;

class GenerateViewModelTest {

    @TempDir
    Path folder;

    private static Diagram crudApi() throws Exception {
        return DiagramFiles.load(Path.of("..", "examples", "crud-api.studio.json"));
    }

    private static List<String> paths(GeneratedProject project) {
        return StreamSupport.stream(project.paths().spliterator(), false).toList();
    }

    @Test
    void byDefaultTheProjectHasTheFirstTargetAndEveryFunctionInItsRuntimesLanguage() throws Exception {
        GenerateViewModel model = new GenerateViewModel(crudApi(), Validator.standard());

        List<String> paths = paths(model.generate());

        assertTrue(paths.contains("template.yaml"), paths.toString());
        assertTrue(paths.stream().anyMatch(p -> p.startsWith("functions/") && p.endsWith("/app.py")), paths.toString());
    }

    @Test
    void choosingNodeJsGivesEveryFunctionNodeCode() throws Exception {
        GenerateViewModel model = new GenerateViewModel(crudApi(), Validator.standard());
        model.language().set(new LanguageChoice(Optional.of(Language.NODEJS)));

        GeneratedProject project = model.generate();

        assertTrue(paths(project).stream().anyMatch(p -> p.endsWith("/app.mjs")), paths(project).toString());
        assertTrue(project.text("template.yaml").orElseThrow().contains("nodejs22.x"));
    }

    @Test
    void withNoTargetChosenThereIsNothingToGenerate() throws Exception {
        GenerateViewModel model = new GenerateViewModel(crudApi(), Validator.standard());

        model.targets().values().forEach(chosen -> chosen.set(false));

        assertFalse(model.canGenerate());
    }

    @Test
    void aDiagramWithErrorsIsGeneratedWithAWarning() {
        GenerateViewModel model = new GenerateViewModel(FakeDiagrams.withServices("error"), FakeDiagrams.validator());

        assertEquals("The diagram has 1 error: the project may not deploy until you fix it.", model.warning());
    }

    @Test
    void aCleanDiagramHasNoWarning() throws Exception {
        assertEquals("", new GenerateViewModel(crudApi(), Validator.standard()).warning());
    }

    @Test
    void writingIntoAFolderKeepsAHandlerTheUserEditedAndSaysSo() throws Exception {
        GenerateViewModel model = new GenerateViewModel(crudApi(), Validator.standard());
        GeneratedProject project = model.generate();
        GenerateViewModel.write(project, folder, false);
        String handler = paths(project).stream().filter(p -> p.endsWith("/app.py")).findFirst().orElseThrow();
        Files.writeString(folder.resolve(handler), "# mine\n");

        String summary = GenerateViewModel.write(project, folder, false);

        assertEquals("# mine\n", Files.readString(folder.resolve(handler)));
        assertTrue(summary.contains("kept 1 edited handler(s)") && summary.contains(handler), summary);
    }

    @Test
    void writingAZipPutsEveryFileInIt() throws Exception {
        GeneratedProject project = new GenerateViewModel(crudApi(), Validator.standard()).generate();
        Path zip = folder.resolve("project.zip");

        GenerateViewModel.write(project, zip, true);

        try (ZipFile archive = new ZipFile(zip.toFile())) {
            assertEquals(project.size(), archive.size());
        }
    }

    @Test
    void thePreviewShowsTextAndDescribesBinaryFiles() {
        GeneratedProject project = GeneratedProject.of(java.util.Map.of("a.txt", "hello".getBytes(),
                "b.bin", new byte[] {1, 0, 2}));

        assertEquals("hello", GenerateViewModel.previewOf(project, "a.txt"));
        assertEquals("(binary file, 3 bytes)", GenerateViewModel.previewOf(project, "b.bin"));
    }
}
