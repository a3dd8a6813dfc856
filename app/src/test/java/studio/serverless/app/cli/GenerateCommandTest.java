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
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

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
    void aCommaSeparatedTargetListWritesBothConfigurationsAndOneReadme() throws IOException {
        Path file = diagramFile("orders.studio.json", "orders");
        Path out = folder.resolve("project");

        CliRun run = generate(file.toString(), "--target", "sam,terraform", "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err().toString());
        assertTrue(Files.exists(out.resolve("template.yaml")));
        assertTrue(Files.readString(out.resolve("terraform/resources.tf")).matches("(?s).*\\n  name += \"orders\"\\n.*"));
        assertTrue(Files.readString(out.resolve("README.md")).contains("terraform init && terraform apply"));
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

    @Test
    void everyFunctionGetsHandlerCodeInItsRuntimesLanguage() throws IOException {
        Path file = functionDiagramFile();
        Path out = folder.resolve("project");

        CliRun run = generate(file.toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err().toString());
        assertTrue(Files.readString(out.resolve("functions/worker/app.py")).contains("def handler(event, context)"));
    }

    @Test
    void langGivesEveryFunctionThatLanguageAndAMatchingRuntime() throws IOException {
        Path file = functionDiagramFile();
        Path out = folder.resolve("project");

        CliRun run = generate(file.toString(), "--lang", "nodejs", "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err().toString());
        assertTrue(Files.exists(out.resolve("functions/worker/app.mjs")));
        assertTrue(Files.readString(out.resolve("template.yaml")).contains("Runtime: \"nodejs22.x\""));
    }

    @Test
    void anUnknownLanguageIsBadInput() throws IOException {
        Path file = functionDiagramFile();

        CliRun run = generate(file.toString(), "--lang", "cobol", "--out", folder.toString());

        assertEquals(GenerateCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().get(0).contains("unknown language 'cobol'"), run.err().toString());
    }

    @Test
    void regeneratingKeepsAnEditedHandlerAndSaysWhereTheNewVersionIs() throws IOException {
        Path file = functionDiagramFile();
        Path out = folder.resolve("project");
        generate(file.toString(), "--out", out.toString());
        Files.writeString(out.resolve("functions/worker/app.py"), "# my code\n");

        CliRun run = generate(file.toString(), "--out", out.toString());

        assertEquals("# my code\n", Files.readString(out.resolve("functions/worker/app.py")));
        assertTrue(Files.exists(out.resolve("functions/worker/app.py.new")));
        assertTrue(run.out().contains(out.resolve("functions/worker/app.py") + ": kept (you edited it); the new"
                + " version is in " + out.resolve("functions/worker/app.py.new")), run.out().toString());
    }

    private Path functionDiagramFile() throws IOException {
        Diagram diagram = FakeDiagrams.withServices("orders");
        diagram.addService(Service.create(new ServiceId("lambda-1"), ServiceKind.LAMBDA_FUNCTION, "worker",
                Point.ORIGIN));
        loader.diagram("worker.studio.json", diagram);
        return Files.writeString(folder.resolve("worker.studio.json"), "{}");
    }

    private Path diagramFile(String name, String... serviceNames) throws IOException {
        loader.diagram(name, FakeDiagrams.withServices(serviceNames));
        return Files.writeString(folder.resolve(name), "{}");
    }

    private CliRun generate(String... arguments) {
        String[] args = new String[arguments.length + 1];
        args[0] = "generate";
        System.arraycopy(arguments, 0, args, 1, arguments.length);
        return CliRun.of(StudioCli.create((opened, smokeTest) -> { }, loader, FakeDiagrams.validator()), args);
    }
}
