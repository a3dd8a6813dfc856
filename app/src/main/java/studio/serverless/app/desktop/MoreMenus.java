package studio.serverless.app.desktop;

import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import studio.serverless.app.desktop.document.RecentFiles;
import studio.serverless.app.desktop.document.RecentFilesMenu;
import studio.serverless.canvas.DiagramEditor;
import studio.serverless.canvas.geometry.Alignment;
import studio.serverless.canvas.geometry.Distribution;

/**
 * Adds to the menu bar what sits beside the designer's own menus: New from Example, Open Recent and Export in
 * File; Cut, Copy, Paste and Duplicate in Edit; an Arrange menu; a Project menu with Generate. Cut, Paste,
 * Duplicate and Arrange are disabled while the diagram runs.
 */
final class MoreMenus {


    private MoreMenus() {
    }

    static void addTo(MenuBar bar, ProjectActions project, Supplier<DiagramEditor> editor, RecentFiles recent,
                      java.util.function.Consumer<java.nio.file.Path> open,
                      java.util.function.Consumer<String> reportProblem, ObservableBooleanValue editsLocked) {
        Menu file = bar.getMenus().get(0);
        file.getItems().add(1, MainMenu.item("New from _Example…", "Shortcut+Shift+N", "newFromExampleMenuItem",
                project::newFromExample));
        file.getItems().add(3, RecentFilesMenu.create(recent, open, reportProblem));
        int quit = file.getItems().size() - 1;
        file.getItems().addAll(quit - 1, java.util.List.of(new SeparatorMenuItem(),
                MainMenu.item("Export _PNG…", null, "exportPngMenuItem", project::exportPng),
                MainMenu.item("Export S_VG…", null, "exportSvgMenuItem", project::exportSvg)));
        Menu edit = bar.getMenus().get(1);
        MenuItem cut = MainMenu.item("Cu_t", null, "cutMenuItem", () -> editor.get().cutSelection());
        MenuItem paste = MainMenu.item("_Paste", null, "pasteMenuItem", () -> editor.get().paste());
        MenuItem duplicate = MainMenu.item("D_uplicate", null, "duplicateMenuItem",
                () -> editor.get().duplicateSelection());
        java.util.List.of(cut, paste, duplicate).forEach(item -> item.disableProperty().bind(editsLocked));
        edit.getItems().addAll(3, java.util.List.of(cut,
                MainMenu.item("_Copy", null, "copyMenuItem", () -> editor.get().copySelection()), paste, duplicate,
                new SeparatorMenuItem()));
        Menu arrange = arrange(editor);
        arrange.disableProperty().bind(editsLocked);
        bar.getMenus().add(3, arrange);
        bar.getMenus().add(4, new Menu("_Project", null,
                MainMenu.item("_Generate…", "Shortcut+G", "generateMenuItem", project::generate)));
    }

    private static Menu arrange(Supplier<DiagramEditor> editor) {
        Menu menu = new Menu("_Arrange");
        for (Alignment alignment : Alignment.values()) {
            String name = alignment.name().charAt(0) + alignment.name().substring(1).toLowerCase();
            menu.getItems().add(MainMenu.item("Align " + name, null, "align" + name + "MenuItem",
                    () -> editor.get().align(alignment)));
        }
        menu.getItems().add(new SeparatorMenuItem());
        for (Distribution distribution : Distribution.values()) {
            String name = distribution.name().charAt(0) + distribution.name().substring(1).toLowerCase();
            menu.getItems().add(MainMenu.item("Distribute " + name + "ly", null, "distribute" + name + "MenuItem",
                    () -> editor.get().distribute(distribution)));
        }
        menu.getItems().addAll(new SeparatorMenuItem(), MainMenu.item("_Lay Out Automatically", "Shortcut+Shift+L",
                "layoutMenuItem", () -> editor.get().layOutDiagram()));
        return menu;
    }
}
