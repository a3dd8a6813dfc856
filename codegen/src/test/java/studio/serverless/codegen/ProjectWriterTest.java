package studio.serverless.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectWriterTest {

    @TempDir
    Path folder;

    private final GeneratedProject project = GeneratedProject.of(Map.of(
            "template.yaml", bytes("a: 1\n"), "statemachines/x.asl.json", bytes("{}\n")));

    @Test
    void writingToAFolderCreatesEveryFileWithItsContent() throws Exception {
        ProjectWriter.writeToFolder(project, folder.resolve("out"));

        assertEquals("{}\n", Files.readString(folder.resolve("out/statemachines/x.asl.json")));
        assertEquals("a: 1\n", Files.readString(folder.resolve("out/template.yaml")));
    }

    @Test
    void theSameProjectGivesTheSameZipBytes() throws Exception {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();

        ProjectWriter.writeZip(project, first);
        ProjectWriter.writeZip(GeneratedProject.of(Map.of("statemachines/x.asl.json", bytes("{}\n"),
                "template.yaml", bytes("a: 1\n"))), second);

        assertArrayEquals(first.toByteArray(), second.toByteArray());
    }

    @Test
    void aPathClimbingOutOfTheProjectIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> GeneratedProject.of(Map.of("../x", bytes(""))));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
