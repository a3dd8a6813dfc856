package studio.serverless.app.desktop.generate;

import javafx.scene.control.TreeItem;

/** Turns a {@link FileTree} into expanded tree items; each file item remembers its full path. */
final class TreeItems {

    private TreeItems() {
    }

    static TreeItem<String> of(FileTree tree) {
        TreeItem<String> item = tree.isFolder() ? new TreeItem<>(tree.name() + "/") : new FileItem(tree);
        item.setExpanded(true);
        for (FileTree child : tree.children()) {
            item.getChildren().add(of(child));
        }
        return item;
    }

    /** The full path of a file item, or null for a folder. */
    static String pathOf(TreeItem<String> item) {
        return item instanceof FileItem file ? file.path : null;
    }

    private static final class FileItem extends TreeItem<String> {
        private final String path;

        FileItem(FileTree file) {
            super(file.name());
            this.path = file.path();
        }
    }
}
