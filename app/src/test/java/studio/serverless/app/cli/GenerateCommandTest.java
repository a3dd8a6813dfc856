package studio.serverless.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.app.testing.CliRun;
import studio.serverless.app.testing.FakeDiagrams;
import studio.serverless.app.testing.FakeLoader;

class GenerateCommandTest {

    @TempDir
    Path folder;

    private final FakeLoader loader = new FakeLoader();

    @Test
    void aCleanDiagramIsWrittenAndEveryFileListed() throws IOException {
        Path file = diagramFile("orders.studio.json", "orders");
        Path out = folder.resolve("project");

        CliRun run = generate(file.toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err().toString());
        assertTrue(Files.readString(out.resolve("template.yaml")).contains("QueueName: \"orders\""));
        assertTrue(run.out().contains(out.resolve("template.yaml").toString()), run.out().toString());
    }

    @Test
    void aDiagramWithErrorsIsRefusedWithItsErrorsAndNothingIsWritten() throws IOException {
        Path file = diagramFile("orders.studio.json", "error");
        Path out = folder.resolve("project");

        CliRun run = generate(file.toString(), "--out", out.toString());

        assertEquals(GenerateCommand.HAS_ERRORS, run.exitCode());
        assertTrue(run.err().contains(file + ": error named-severity: Queue error is flagged."), run.err().toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void forceGeneratesADiagramWithErrors() throws IOException {
        Path file = diagramFile("orders.studio.json", "error");
        Path out = folder.resolve("project");

        CliRun run = generate(file.toString(), "--out", out.toString(), "--force");

        assertEquals(0, run.exitCode(), run.err().toString());
        assertTrue(Files.exists(out.resolve("template.yaml")));
    }

    @Test
    void zipWritesOneArchiveWithTheTemplate() throws IOException {
        Path file = diagramFile("orders.studio.json", "orders");
        Path zip = folder.resolve("project.zip");

        CliRun run = generate(file.toString(), "--out", zip.toString(), "--zip");

        assertEquals(0, run.exitCode(), run.err().toString());
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            assertTrue(archive.getEntry("template.yaml") != null);
        }
    }

    @Test
    void anUnknownTargetIsBadInput() throws IOException {
        Path file = diagramFile("orders.studio.json", "orders");

        CliRun run = generate(file.toString(), "--target", "cdk", "--out", folder.toString());

        assertEquals(GenerateCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().get(0).contains("unknown target 'cdk'"), run.err().toString());
    }

    @Test
    void anUnreadableFileIsBadInput() throws IOException {
        Path file = Files.writeString(folder.resolve("broken.studio.json"), "{");
        loader.failure("broken.studio.json", "broken.studio.json: line 1, column 2: expected a field name");

        CliRun run = generate(file.toString(), "--out", folder.resolve("project").toString());

        assertEquals(GenerateCommand.BAD_INPUT, run.exitCode());
        assertEquals("broken.studio.json: line 1, column 2: expected a field name", run.err().get(0));
    }

    private Path diagramFile(String name, String... serviceNames) throws IOException {
        loader.diagram(name, FakeDiagrams.withServices(serviceNames));
        return Files.writeString(folder.resolve(name), "{}");
    }

    private CliRun generate(String... arguments) {
        String[] args = new String[arguments.length + 1];
        args[0] = "generate";
        System.arraycopy(arguments, 0, args, 1, arguments.length);
        return CliRun.of(StudioCli.create(opened -> { }, loader, FakeDiagrams.validator()), args);
    }
}
