package studio.serverless.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import studio.serverless.app.testing.CliRun;
import studio.serverless.app.testing.FakeDiagrams;
import studio.serverless.app.testing.FakeLoader;

class StudioCommandTest {

    private final AtomicInteger desktopStarts = new AtomicInteger();

    @Test
    void withoutArgumentsItOpensTheDesktop() {
        CliRun run = studio();

        assertEquals(0, run.exitCode());
        assertEquals(1, desktopStarts.get());
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
        CliRun run = studio("valdate", "orders.studio.json");

        assertTrue(run.err().stream().anyMatch(line -> line.contains("validate")), run.err().toString());
        assertEquals(2, run.exitCode());
    }

    @Test
    void anUnknownOptionOfASubcommandPointsToThatCommandsHelp() {
        CliRun run = studio("validate", "--strict", "orders.studio.json");

        assertEquals("Try 'studio validate --help' for more information.", run.err().get(run.err().size() - 1));
        assertEquals(2, run.exitCode());
    }

    private CliRun studio(String... args) {
        return CliRun.of(StudioCli.create(desktopStarts::incrementAndGet, new FakeLoader(), FakeDiagrams.validator()),
                args);
    }
}
