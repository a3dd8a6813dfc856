package studio.serverless.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import studio.serverless.app.testing.CliRun;
import studio.serverless.app.testing.FakeDiagrams;
import studio.serverless.app.testing.FakeLoader;

class StudioCommandTest {

    private final AtomicInteger desktopStarts = new AtomicInteger();
    private final List<Optional<Path>> openedFiles = new ArrayList<>();
    private final List<Boolean> smokeTests = new ArrayList<>();

    @TempDir
    Path folder;

    @Test
    void withoutArgumentsItOpensTheDesktop() {
        CliRun run = studio();

        assertEquals(0, run.exitCode());
        assertEquals(1, desktopStarts.get());
        assertEquals(List.of(Optional.empty()), openedFiles);
    }

    @Test
    void aDiagramFileAsTheOnlyArgumentIsOpenedInTheDesktop() throws IOException {
        Path diagram = Files.writeString(folder.resolve("orders.studio.json"), "{}");

        CliRun run = studio(diagram.toString());

        assertEquals(0, run.exitCode());
        assertEquals(List.of(Optional.of(diagram)), openedFiles);
    }

    @Test
    void theHiddenSmokeTestOptionStartsTheDesktopToCloseItselfOnceDrawn() {
        CliRun run = studio("--smoke-test");

        assertEquals(0, run.exitCode());
        assertEquals(List.of(true), smokeTests);
    }

    @Test
    void anOrdinaryStartIsNoSmokeTestAndTheHelpDoesNotOfferIt() {
        studio();
        CliRun help = studio("--help");

        assertEquals(List.of(false), smokeTests);
        assertTrue(help.out().stream().noneMatch(line -> line.contains("smoke")), help.out().toString());
    }

    @Test
    void versionNamesTheBuiltVersion() {
        CliRun run = studio("--version");

        assertEquals(1, run.out().size(), run.out().toString());
        assertTrue(run.out().get(0).matches("studio \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), run.out().get(0));
        assertEquals(0, desktopStarts.get());
    }

    @Test
    void helpListsTheValidateCommand() {
        CliRun run = studio("--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().stream().anyMatch(line -> line.trim().startsWith("validate ")), run.out().toString());
    }

    @Test
    void anUnknownOptionIsOneLinePlusAHint() {
        CliRun run = studio("--frobnicate");

        assertEquals(List.of("studio: Unknown option: '--frobnicate'", "Try 'studio --help' for more information."),
                run.err());
        assertEquals(2, run.exitCode());
        assertEquals(0, desktopStarts.get());
    }

    @Test
    void aMistypedCommandSuggestsTheRightOne() {
        CliRun run = studio("valdate");

        assertTrue(run.err().get(0).contains("neither a diagram file nor a command (commands: validate, generate, run)"),
                run.err().toString());
        assertEquals(2, run.exitCode());
        assertEquals(0, desktopStarts.get());
    }

    @Test
    void anUnknownOptionOfASubcommandPointsToThatCommandsHelp() {
        CliRun run = studio("validate", "--strict", "orders.studio.json");

        assertEquals("Try 'studio validate --help' for more information.", run.err().get(run.err().size() - 1));
        assertEquals(2, run.exitCode());
    }

    private void startDesktop(Optional<Path> file, boolean smokeTest) {
        desktopStarts.incrementAndGet();
        openedFiles.add(file);
        smokeTests.add(smokeTest);
    }

    private CliRun studio(String... args) {
        return CliRun.of(StudioCli.create(this::startDesktop, new FakeLoader(), FakeDiagrams.validator()),
                args);
    }
}
