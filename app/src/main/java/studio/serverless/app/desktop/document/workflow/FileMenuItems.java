package studio.serverless.app.desktop.document.workflow;

import java.util.List;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import studio.serverless.app.desktop.document.RecentFilesMenu;
import studio.serverless.app.desktop.gallery.ExampleGalleryDialog;

/**
 * The document part of the File menu, wired to a {@link DocumentWorkflow}: New ({@code #newMenuItem},
 * Shortcut+N), New from Example… ({@code #newFromExampleMenuItem}, Shortcut+Shift+N), Open…
 * ({@code #openMenuItem}, Shortcut+O), Open Recent ({@code #openRecentMenu}), Save ({@code #saveMenuItem},
 * Shortcut+S) and Save As… ({@code #saveAsMenuItem}, Shortcut+Shift+S). The shell adds its own items (Export,
 * Quit) after them.
 */
public final class FileMenuItems {

    private FileMenuItems() {
    }

    /** The items, in menu order, with a separator before Save. */
    public static List<MenuItem> create(DocumentWorkflow workflow, Window owner) {
        Menu openRecent = RecentFilesMenu.create(workflow.recentFiles(), workflow::open, workflow::showProblem);
        return List.of(
                item("New", "Shortcut+N", "newMenuItem", workflow::newDocument),
                item("New from Example…", "Shortcut+Shift+N", "newFromExampleMenuItem", () -> workflow.newFromExample(
                        () -> ExampleGalleryDialog.chooseDocument(owner, workflow::showProblem))),
                item("Open…", "Shortcut+O", "openMenuItem", workflow::open),
                openRecent,
                new SeparatorMenuItem(),
                item("Save", "Shortcut+S", "saveMenuItem", workflow::save),
                item("Save As…", "Shortcut+Shift+S", "saveAsMenuItem", workflow::saveAs));
    }

    private static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(event -> action.run());
        return item;
    }
}
