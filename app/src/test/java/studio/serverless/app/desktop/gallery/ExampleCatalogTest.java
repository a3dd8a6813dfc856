package studio.serverless.app.desktop.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExampleCatalogTest {

    /** The repository's examples folder (tests run in app/). */
    static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path folder;

    @Test
    void thePackagedExamplesAreExactlyTheFilesOfTheExamplesFolder() throws IOException {
        Set<String> packaged = ExampleCatalog.packaged().examples().stream().map(Example::fileName)
                .collect(Collectors.toSet());

        assertEquals(exampleFileNames(), packaged);
    }

    @Test
    void everyExampleHasATitleASummaryAndADescriptionAndReads() throws Exception {
        for (Example example : ExampleCatalog.packaged().examples()) {
            assertFalse(example.summary().isBlank(), example.fileName());
            assertFalse(example.description().isBlank(), example.fileName());
            assertFalse(example.diagram().services().isEmpty(), example.fileName());
        }
    }

    @Test
    void theTextsComeFromTheReadmeWithoutMarkdown() throws IOException {
        Example crud = ExampleCatalog.packaged().examples().stream()
                .filter(example -> example.fileName().equals("crud-api.studio.json")).findFirst().orElseThrow();

        assertEquals("CRUD API", crud.title());
        assertEquals("The back end of a to-do or product list", crud.summary());
        assertTrue(crud.description().contains("five routes of a REST resource (GET /items,"), crud.description());
    }

    @Test
    void aFolderOffersEveryDiagramInItEvenOneTheReadmeDoesNotDescribe() throws IOException {
        Files.copy(EXAMPLES.resolve("crud-api.studio.json"), folder.resolve("my-own-api.studio.json"));
        Files.writeString(folder.resolve("notes.txt"), "not a diagram");

        List<Example> examples = ExampleCatalog.fromFolder(folder).examples();

        assertEquals(1, examples.size());
        assertEquals("My own API", examples.get(0).title());
        assertEquals("", examples.get(0).description());
    }

    @ParameterizedTest
    @CsvSource({
        "crud-api.studio.json, CRUD API",
        "sns-fanout.studio.json, SNS fanout",
        "order-status-changes.studio.json, Order status changes"
    })
    void titlesAreReadableFileNames(String fileName, String title) {
        assertEquals(title, ExampleTexts.title(fileName));
    }

    static Set<String> exampleFileNames() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".studio.json"))
                    .collect(Collectors.toSet());
        }
    }
}
