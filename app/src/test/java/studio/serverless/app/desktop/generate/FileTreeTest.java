package studio.serverless.app.desktop.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FileTreeTest {

    @Test
    void foldersComeBeforeFilesAndEachLevelIsSortedByName() {
        FileTree tree = FileTree.of(List.of("template.yaml", "functions/b/app.py", "README.md", "functions/a/app.py"));

        assertEquals(List.of("functions", "README.md", "template.yaml"),
                tree.children().stream().map(FileTree::name).toList());
        assertEquals(List.of("a", "b"), tree.children().get(0).children().stream().map(FileTree::name).toList());
        assertEquals("functions/a/app.py", tree.children().get(0).children().get(0).children().get(0).path());
    }
}
