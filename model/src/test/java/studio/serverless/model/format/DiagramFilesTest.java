package studio.serverless.model.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import studio.serverless.model.diagram.Diagram;

class DiagramFilesTest {

    @TempDir
    Path folder;

    @Test
    void savedDiagramLoadsBackEqual() throws Exception {
        Diagram diagram = SampleDiagrams.everyKindAndConnection();
        Path file = folder.resolve("shop" + DiagramFiles.EXTENSION);

        DiagramFiles.save(diagram, file);

        assertEquals(diagram.connections(), DiagramFiles.load(file).connections());
    }

    @Test
    void savingOverAnExistingFileReplacesIt() throws Exception {
        Path file = folder.resolve("shop.studio.json");
        Files.writeString(file, "old content that is much longer than an empty diagram ".repeat(20));

        DiagramFiles.save(new Diagram(), file);

        assertEquals(DiagramWriter.write(new Diagram()), Files.readString(file));
        assertEquals(List.of(file), filesIn(folder));
    }

    @Test
    void failingSaveLeavesTheOldFileByteIdenticalAndNoTemporaryFile() throws Exception {
        Path file = folder.resolve("shop.studio.json");
        DiagramFiles.save(SampleDiagrams.everyKindAndConnection(), file);
        byte[] before = Files.readAllBytes(file);

        IOException failure = assertThrows(IOException.class, () -> DiagramFiles.save(new Diagram(), file,
                (diagram, out) -> {
                    out.write("{\"format\": \"serverless-stu".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }));

        assertEquals("disk full", failure.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(file), filesIn(folder));
    }

    @Test
    void savingOntoAFolderFailsAndLeavesItAlone() throws Exception {
        Path target = Files.createDirectory(folder.resolve("shop.studio.json"));

        IOException failure = assertThrows(IOException.class, () -> DiagramFiles.save(new Diagram(), target));

        assertTrue(failure.getMessage().contains("is a folder"), failure.getMessage());
        assertEquals(List.of(target), filesIn(folder));
    }

    @Test
    void savingKeepsTheOldFilesPermissions() throws Exception {
        Path file = folder.resolve("shop.studio.json");
        Files.writeString(file, "old");
        assumeTrue(Files.getFileStore(file).supportsFileAttributeView("posix"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

        DiagramFiles.save(new Diagram(), file);

        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void missingFileIsNamedInTheMessage() {
        Path file = folder.resolve("nowhere.studio.json");

        DiagramFormatException failure = assertThrows(DiagramFormatException.class, () -> DiagramFiles.load(file));

        assertEquals(file + ": no such file; expected an existing diagram file", failure.getMessage());
    }

    @Test
    void loadingAFolderSaysItIsAFolder() {
        DiagramFormatException failure = assertThrows(DiagramFormatException.class,
                () -> DiagramFiles.load(folder));

        assertEquals(folder + ": is a folder; expected a diagram file", failure.getMessage());
    }

    @Test
    void invalidUtf8IsReportedWithItsLineAndColumn() throws IOException {
        Path file = folder.resolve("latin1.studio.json");
        Files.write(file, "{\n  \"format\": \"caf\u00e9\"\n}".getBytes(StandardCharsets.ISO_8859_1));

        DiagramFormatException failure = assertThrows(DiagramFormatException.class, () -> DiagramFiles.load(file));

        assertEquals(file + ": line 2, column 17: byte 0xE9 is not valid UTF-8; expected a UTF-8 text file",
                failure.getMessage());
    }

    @Test
    void leadingByteOrderMarkIsAccepted() throws Exception {
        Path file = folder.resolve("bom.studio.json");
        Files.writeString(file, "\uFEFF" + DiagramWriter.write(SampleDiagrams.everyKindAndConnection()));

        assertEquals(SampleDiagrams.everyKindAndConnection().services(), DiagramFiles.load(file).services());
    }

    @Test
    void unreadableFileSaysSo() throws IOException {
        Path file = Files.writeString(folder.resolve("secret.studio.json"), "{}");
        assumeTrue(Files.getFileStore(file).supportsFileAttributeView("posix"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(file), "running as root: every file is readable");

        DiagramFormatException failure = assertThrows(DiagramFormatException.class, () -> DiagramFiles.load(file));

        assertEquals(file + ": cannot be read (permission denied); expected a file this user may read",
                failure.getMessage());
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
