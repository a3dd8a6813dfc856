package studio.serverless.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectUpdaterTest {

    @TempDir
    Path folder;

    @BeforeEach
    void generateOnce() throws Exception {
        ProjectUpdater.write(project("v1"), folder);
    }

    @Test
    void anEditedHandlerIsKeptAndTheNewVersionWrittenBesideIt() throws Exception {
        Files.writeString(folder.resolve("functions/a/app.py"), "# mine\n");

        UpdateReport report = ProjectUpdater.write(project("v2"), folder);

        assertEquals("# mine\n", Files.readString(folder.resolve("functions/a/app.py")));
        assertEquals("# app v2\n", Files.readString(folder.resolve("functions/a/app.py.new")));
        assertEquals(List.of("functions/a/app.py"), report.kept());
    }

    @Test
    void anUneditedHandlerIsReplaced() throws Exception {
        ProjectUpdater.write(project("v2"), folder);

        assertEquals("# app v2\n", Files.readString(folder.resolve("functions/a/app.py")));
        assertFalse(Files.exists(folder.resolve("functions/a/app.py.new")));
    }

    @Test
    void regeneratingTheSameContentLeavesTheFilesModificationTimeForBuildsToTrust() throws Exception {
        Path handler = folder.resolve("functions/a/app.py");
        FileTime earlier = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
        Files.setLastModifiedTime(handler, earlier);

        ProjectUpdater.write(project("v1"), folder);

        assertEquals(earlier, Files.getLastModifiedTime(handler));
    }

    @Test
    void anEditedInfrastructureFileIsRegenerated() throws Exception {
        Files.writeString(folder.resolve("template.yaml"), "edited: true\n");

        ProjectUpdater.write(project("v2"), folder);

        assertEquals("version: v2\n", Files.readString(folder.resolve("template.yaml")));
    }

    @Test
    void aHandlerEditedOnceStaysKeptAfterLaterRegenerations() throws Exception {
        Files.writeString(folder.resolve("functions/a/app.py"), "# mine\n");
        ProjectUpdater.write(project("v2"), folder);

        ProjectUpdater.write(project("v3"), folder);

        assertEquals("# mine\n", Files.readString(folder.resolve("functions/a/app.py")));
        assertEquals("# app v3\n", Files.readString(folder.resolve("functions/a/app.py.new")));
    }

    @Test
    void aHandlerFileThatWasThereBeforeTheFirstGenerationIsKept() throws Exception {
        Path other = folder.resolve("other");
        Files.createDirectories(other.resolve("functions/a"));
        Files.writeString(other.resolve("functions/a/app.py"), "# written by hand\n");

        UpdateReport report = ProjectUpdater.write(project("v1"), other);

        assertEquals("# written by hand\n", Files.readString(other.resolve("functions/a/app.py")));
        assertEquals(List.of("functions/a/app.py"), report.kept());
    }

    private static GeneratedProject project(String version) {
        return GeneratedProject.of(Map.of("template.yaml", bytes("version: " + version + "\n"),
                "functions/a/app.py", bytes("# app " + version + "\n")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
