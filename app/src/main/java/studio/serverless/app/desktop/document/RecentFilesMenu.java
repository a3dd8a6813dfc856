package studio.serverless.app.desktop.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The File menu's "Open Recent" submenu ({@code #openRecentMenu}): one item per recent file, newest first, named
 * after the file with its folder in parentheses, then "Clear Recent". The items are rebuilt each time the menu
 * is about to show, so files that disappeared meanwhile are left out.
 */
public final class RecentFilesMenu {

    private static final int NUMBERED = 9;

    private final RecentFiles recentFiles;
    private final Consumer<Path> open;
    private final Consumer<String> reportProblem;
    private final Menu menu = new Menu("Open Recent");

    private RecentFilesMenu(RecentFiles recentFiles, Consumer<Path> open, Consumer<String> reportProblem) {
        this.recentFiles = recentFiles;
        this.open = open;
        this.reportProblem = reportProblem;
        menu.setId("openRecentMenu");
        // A menu with no items never shows, so never fires onShowing: fill it now too.
        refresh();
        menu.setOnShowing(event -> refresh());
    }

    /**
     * A menu opening the chosen file through {@code open} (the same path as File > Open, including the discard
     * check); {@code reportProblem} hears when the list cannot be cleared.
     */
    public static Menu create(RecentFiles recentFiles, Consumer<Path> open, Consumer<String> reportProblem) {
        return new RecentFilesMenu(recentFiles, open, reportProblem).menu;
    }

    private void refresh() {
        List<MenuItem> items = new ArrayList<>();
        List<Path> files = recentFiles.list();
        for (int index = 0; index < files.size(); index++) {
            items.add(fileItem(index, files.get(index)));
        }
        if (files.isEmpty()) {
            MenuItem none = new MenuItem("No Recent Files");
            none.setDisable(true);
            items.add(none);
        }
        items.add(new SeparatorMenuItem());
        items.add(clearItem(!files.isEmpty()));
        menu.getItems().setAll(items);
    }

    private MenuItem fileItem(int index, Path file) {
        boolean numbered = index < NUMBERED;
        String label = file.getFileName() + "  (" + file.getParent() + ")";
        // With mnemonic parsing on, a literal underscore in a file name must be doubled.
        MenuItem item = new MenuItem(numbered ? "_" + (index + 1) + " " + label.replace("_", "__") : label);
        item.setMnemonicParsing(numbered);
        item.getStyleClass().add("recent-file");
        item.setUserData(file);
        item.setOnAction(event -> open.accept(file));
        return item;
    }

    private MenuItem clearItem(boolean enabled) {
        MenuItem clear = new MenuItem("Clear Recent");
        clear.setId("clearRecentMenuItem");
        clear.setDisable(!enabled);
        clear.setOnAction(event -> {
            try {
                recentFiles.clear();
                refresh();
            } catch (IOException e) {
                reportProblem.accept("Could not clear the recent files: " + e.getMessage());
            }
        });
        return clear;
    }
}
