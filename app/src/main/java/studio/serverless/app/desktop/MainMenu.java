package studio.serverless.app.desktop;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** Builds the main window's menu bar ({@code #mainMenu}). */
final class MainMenu {

    private MainMenu() {
    }

    /** The menu bar: File (New, Open…, Quit) and Help (About), running the given actions. */
    static MenuBar create(Runnable onNew, Runnable onOpen, Runnable onQuit, Runnable onAbout) {
        Menu file = new Menu("File", null,
                item("New", "Shortcut+N", "newMenuItem", onNew),
                item("Open…", "Shortcut+O", "openMenuItem", onOpen),
                item("Quit", "Shortcut+Q", "quitMenuItem", onQuit));
        Menu help = new Menu("Help", null, item("About", null, "aboutMenuItem", onAbout));
        MenuBar bar = new MenuBar(file, help);
        bar.setId("mainMenu");
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }
}
