package studio.serverless.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import studio.serverless.app.testing.CliRun;
import studio.serverless.app.testing.FakeDiagrams;
import studio.serverless.app.testing.FakeLoader;
import studio.serverless.model.format.DiagramFiles;

class ValidateCommandTest {

    @TempDir
    Path folder;

    private final FakeLoader loader = new FakeLoader();

    @ParameterizedTest(name = "services [{0}] exit with {1}")
    @CsvSource(delimiter = '|', value = {
        "''              | 0",
        "warning         | 0",
        "info            | 0",
        "error           | 1",
        "warning error   | 1"})
    void exitCodeSaysWhetherAnyErrorWasFound(String serviceNames, int expectedExitCode) throws IOException {
        Path file = diagramFile("orders.studio.json", serviceNames.isBlank() ? new String[0] : serviceNames.split(" "));

        assertEquals(expectedExitCode, validate(file.toString()).exitCode());
    }

    @Test
    void eachDiagnosticIsPrintedWithItsFixThenTheFileSummary() throws IOException {
        Path file = diagramFile("orders.studio.json", "warning");

        CliRun run = validate(file.toString());

        assertEquals(List.of(
                file + ": warning named-severity: Queue warning is flagged.",
                "  fix: Rename warning.",
                file + ": 0 errors, 1 warning"), run.out());
    }

    @Test
    void aMissingFileIsOneLineOnStandardErrorAndExitCodeTwo() {
        Path missing = folder.resolve("missing.studio.json");

        CliRun run = validateWithRealLoader(missing.toString());

        assertEquals(List.of(missing + ": no such file; expected an existing diagram file"), run.err());
        assertEquals(List.of(), run.out());
        assertEquals(ValidateCommand.BAD_INPUT, run.exitCode());
    }

    @Test
    void aFolderIsRefusedAsBadInput() {
        CliRun run = validateWithRealLoader(folder.toString());

        assertEquals(List.of(folder + ": is a folder; expected a diagram file"), run.err());
        assertEquals(ValidateCommand.BAD_INPUT, run.exitCode());
    }

    @Test
    void aFormatErrorPrintsTheLoadersMessageAsIs() throws IOException {
        Path file = Files.writeString(folder.resolve("broken.studio.json"), "{");
        loader.failure("broken.studio.json", "broken.studio.json: line 1, column 2: expected a field name");

        CliRun run = validate(file.toString());

        assertEquals(List.of("broken.studio.json: line 1, column 2: expected a field name"), run.err());
        assertEquals(ValidateCommand.BAD_INPUT, run.exitCode());
    }

    @Test
    void everyFileIsCheckedEvenAfterABadOne() throws IOException {
        Path broken = Files.writeString(folder.resolve("broken.studio.json"), "{");
        loader.failure("broken.studio.json", "broken.studio.json: line 1, column 2: expected a field name");
        Path good = diagramFile("good.studio.json", "error");

        CliRun run = validate(broken.toString(), good.toString());

        assertTrue(run.out().contains(good + ": 1 error, 0 warnings"), run.out().toString());
        assertEquals(ValidateCommand.BAD_INPUT, run.exitCode());
    }

    @Test
    void withoutFilesItIsAUsageError() {
        CliRun run = validate();

        assertEquals(ValidateCommand.BAD_INPUT, run.exitCode());
        assertEquals("studio validate: Missing required parameter: 'FILE'", run.err().get(0));
    }

    @Test
    void aFailureInsideTheStudioIsKeptApartFromDiagramErrors() throws IOException {
        Path file = Files.writeString(folder.resolve("any.studio.json"), "{}");
        var cli = StudioCli.create((opened, smokeTest) -> { }, path -> {
            throw new IllegalStateException("bug");
        }, FakeDiagrams.validator());

        assertEquals(StudioCli.INTERNAL_ERROR, CliRun.of(cli, "validate", file.toString()).exitCode());
    }

    private Path diagramFile(String name, String... serviceNames) throws IOException {
        loader.diagram(name, FakeDiagrams.withServices(serviceNames));
        return Files.writeString(folder.resolve(name), "{}");
    }

    private CliRun validate(String... files) {
        return CliRun.of(StudioCli.create((opened, smokeTest) -> { }, loader, FakeDiagrams.validator()), validateArguments(files));
    }

    private CliRun validateWithRealLoader(String... files) {
        return CliRun.of(StudioCli.create((opened, smokeTest) -> { }, DiagramFiles::load, FakeDiagrams.validator()),
                validateArguments(files));
    }

    private static String[] validateArguments(String... files) {
        String[] args = new String[files.length + 1];
        args[0] = "validate";
        System.arraycopy(files, 0, args, 1, files.length);
        return args;
    }
}
