package studio.serverless.app.desktop.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A folder tree built from a project's file paths ("functions/orders/app.py"), folders before files, each level
 * sorted by name, so the preview reads like a file manager.
 *
 * @param name     the folder or file name ("" for the root)
 * @param path     the file's full path, or null for a folder
 * @param children the entries of a folder (empty for a file)
 */
public record FileTree(String name, String path, List<FileTree> children) {

    /** The tree of {@code paths}. */
    public static FileTree of(Iterable<String> paths) {
        Node root = new Node();
        for (String path : paths) {
            Node node = root;
            String[] parts = path.split("/");
            for (int i = 0; i < parts.length - 1; i++) {
                node = node.folders.computeIfAbsent(parts[i], name -> new Node());
            }
            node.files.put(parts[parts.length - 1], path);
        }
        return root.toTree("");
    }

    /** Whether this entry is a folder. */
    public boolean isFolder() {
        return path == null;
    }

    private static final class Node {
        private final Map<String, Node> folders = new TreeMap<>();
        private final Map<String, String> files = new TreeMap<>();

        FileTree toTree(String name) {
            List<FileTree> children = new ArrayList<>();
            folders.forEach((folder, node) -> children.add(node.toTree(folder)));
            files.forEach((file, path) -> children.add(new FileTree(file, path, List.of())));
            return new FileTree(name, null, List.copyOf(children));
        }
    }
}
