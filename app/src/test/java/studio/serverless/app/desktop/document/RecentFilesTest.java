package studio.serverless.app.desktop.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {

    @TempDir
    Path settings;
    @TempDir
    Path designs;

    @Test
    void theNewestFileComesFirstAndTheListSurvivesARestart() throws IOException {
        new RecentFiles(settings).add(diagram("a"));
        new RecentFiles(settings).add(diagram("b"));

        assertEquals(List.of(designs.resolve("b.studio.json"), designs.resolve("a.studio.json")),
                new RecentFiles(settings).list());
    }

    @Test
    void openingAListedFileAgainMovesItToTheTopInsteadOfListingItTwice() throws IOException {
        RecentFiles recent = new RecentFiles(settings);
        Path a = diagram("a");
        recent.add(a);
        recent.add(diagram("b"));

        recent.add(designs.resolve("sub/../a.studio.json"));

        assertEquals(List.of(a, designs.resolve("b.studio.json")), recent.list());
    }

    @Test
    void atMostTenFilesAreKeptDroppingTheOldest() throws IOException {
        RecentFiles recent = new RecentFiles(settings);
        List<Path> added = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            added.add(diagram("d" + i));
            recent.add(added.get(i));
        }

        List<Path> listed = recent.list();
        assertEquals(10, listed.size());
        assertEquals(added.get(11), listed.get(0));
        assertEquals(added.get(2), listed.get(9));
    }

    @Test
    void filesThatNoLongerExistAreLeftOut() throws IOException {
        RecentFiles recent = new RecentFiles(settings);
        Path gone = diagram("gone");
        recent.add(gone);
        recent.add(diagram("kept"));

        Files.delete(gone);

        assertEquals(List.of(designs.resolve("kept.studio.json")), recent.list());
    }

    @Test
    void clearForgetsEverything() throws IOException {
        RecentFiles recent = new RecentFiles(settings);
        recent.add(diagram("a"));

        recent.clear();

        assertEquals(List.of(), new RecentFiles(settings).list());
    }

    @Test
    void aDamagedListReadsAsEmptyAndIsRewrittenOnTheNextChange() throws IOException {
        Files.write(settings.resolve(RecentFiles.FILE_NAME), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        RecentFiles recent = new RecentFiles(settings);
        assertEquals(List.of(), recent.list());

        recent.add(diagram("a"));

        assertEquals(List.of(designs.resolve("a.studio.json")), recent.list());
    }

    @Test
    void writingLeavesNoTemporaryFileBehind() throws IOException {
        new RecentFiles(settings.resolve("not-yet-there")).add(diagram("a"));

        try (Stream<Path> files = Files.list(settings.resolve("not-yet-there"))) {
            assertEquals(List.of(RecentFiles.FILE_NAME),
                    files.map(file -> file.getFileName().toString()).toList());
        }
    }

    private Path diagram(String name) throws IOException {
        Path file = designs.resolve(name + ".studio.json");
        Files.writeString(file, "{}");
        assertTrue(Files.exists(file));
        return file;
    }
}
