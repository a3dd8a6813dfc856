package studio.serverless.app.desktop;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import studio.serverless.app.desktop.designer.DesignerViewModel;
import studio.serverless.app.desktop.designer.Theme;

/**
 * Builds the main window's menu bar ({@code #mainMenu}): File, Edit, View and Help, each item with a mnemonic and
 * the main ones with an accelerator. The edits are disabled while the diagram runs. Export, Open Recent and New from example are added by their own features.
 */
final class MainMenu {

    private MainMenu() {
    }

    /** The menu bar running the actions, with Undo/Redo labelled by the view model. */
    static MenuBar create(DesignerActions actions, DesignerViewModel model, ObjectProperty<Theme> theme,
                          BooleanProperty problemsShown, ObservableBooleanValue editsLocked) {
        MenuBar bar = new MenuBar(file(actions), edit(actions, model, editsLocked), view(actions, theme, problemsShown),
                new Menu("_Help", null, item("_About Serverless Studio", null, "aboutMenuItem", actions::about)));
        bar.setId("mainMenu");
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static Menu file(DesignerActions actions) {
        return new Menu("_File", null,
                item("_New", "Shortcut+N", "newMenuItem", actions::newDiagram),
                item("_Open…", "Shortcut+O", "openMenuItem", actions::open),
                new SeparatorMenuItem(),
                item("_Save", "Shortcut+S", "saveMenuItem", actions::save),
                item("Save _As…", "Shortcut+Shift+S", "saveAsMenuItem", actions::saveAs),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", "quitMenuItem", actions::quit));
    }

    private static Menu edit(DesignerActions actions, DesignerViewModel model, ObservableBooleanValue locked) {
        MenuItem undo = item("Undo", "Shortcut+Z", "undoMenuItem", actions::undo);
        undo.setMnemonicParsing(false);
        undo.textProperty().bind(model.undoRedo().undoTextProperty());
        undo.disableProperty().bind(model.undoRedo().canUndoProperty().not().or(locked));
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", "redoMenuItem", actions::redo);
        redo.setMnemonicParsing(false);
        redo.textProperty().bind(model.undoRedo().redoTextProperty());
        redo.disableProperty().bind(model.undoRedo().canRedoProperty().not().or(locked));
        MenuItem delete = item("_Delete", "Delete", "deleteMenuItem", actions::delete);
        delete.disableProperty().bind(locked);
        return new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(),
                delete,
                item("Select _All", "Shortcut+A", "selectAllMenuItem", actions::selectAll),
                new SeparatorMenuItem(),
                item("_Find Service…", "Shortcut+F", "findServiceMenuItem", actions::findService));
    }

    private static Menu view(DesignerActions actions, ObjectProperty<Theme> theme, BooleanProperty problemsShown) {
        CheckMenuItem problems = new CheckMenuItem("_Problems Panel");
        problems.setId("problemsMenuItem");
        problems.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+M"));
        problems.selectedProperty().bindBidirectional(problemsShown);
        ToggleGroup themes = new ToggleGroup();
        return new Menu("_View", null,
                item("Zoom _In", "Shortcut+Equals", "zoomInMenuItem", actions::zoomIn),
                item("Zoom _Out", "Shortcut+Minus", "zoomOutMenuItem", actions::zoomOut),
                item("_Fit to Window", "Shortcut+Shift+F", "zoomFitMenuItem", actions::zoomToFit),
                item("_Actual Size (100%)", "Shortcut+0", "zoom100MenuItem", actions::zoomTo100),
                new SeparatorMenuItem(), problems, new SeparatorMenuItem(),
                themeItem("_Light Theme", Theme.LIGHT, theme, themes), themeItem("_Dark Theme", Theme.DARK, theme, themes));
    }

    private static RadioMenuItem themeItem(String text, Theme value, ObjectProperty<Theme> theme,
                                           ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId(value.name().toLowerCase() + "ThemeMenuItem");
        item.setSelected(theme.get() == value);
        item.setOnAction(event -> theme.set(value));
        theme.addListener((observable, old, now) -> item.setSelected(now == value));
        item.setToggleGroup(group);
        return item;
    }

    /** A menu item with an id, an optional accelerator and an action; the other menus of the window use it too. */
    static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }
}
