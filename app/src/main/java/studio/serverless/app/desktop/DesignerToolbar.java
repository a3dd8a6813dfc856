package studio.serverless.app.desktop;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import studio.serverless.app.desktop.designer.DesignerViewModel;

/**
 * The toolbar ({@code #toolbar}) under the menu: the main file, edit and zoom actions, each with a tooltip; the
 * edits are disabled while the diagram runs.
 */
final class DesignerToolbar {

    private DesignerToolbar() {
    }

    /** The toolbar running the actions; Undo and Redo follow the view model. */
    static ToolBar create(DesignerActions actions, DesignerViewModel model, ObservableBooleanValue editsLocked) {
        Button undo = button("Undo", "toolbarUndo", "Undo the last edit (Ctrl+Z)", actions::undo);
        undo.disableProperty().bind(model.undoRedo().canUndoProperty().not().or(editsLocked));
        undo.tooltipProperty().get().textProperty().bind(model.undoRedo().undoTextProperty().concat("  (Ctrl+Z)"));
        Button redo = button("Redo", "toolbarRedo", "Redo (Ctrl+Shift+Z)", actions::redo);
        redo.disableProperty().bind(model.undoRedo().canRedoProperty().not().or(editsLocked));
        Button delete = button("Delete", "toolbarDelete", "Delete the selection (Delete)", actions::delete);
        delete.disableProperty().bind(editsLocked);
        redo.tooltipProperty().get().textProperty().bind(model.undoRedo().redoTextProperty().concat("  (Ctrl+Shift+Z)"));
        ToolBar bar = new ToolBar(
                button("New", "toolbarNew", "New diagram (Ctrl+N)", actions::newDiagram),
                button("Open…", "toolbarOpen", "Open a diagram file (Ctrl+O)", actions::open),
                button("Save", "toolbarSave", "Save (Ctrl+S)", actions::save),
                new Separator(Orientation.VERTICAL), undo, redo, delete,
                new Separator(Orientation.VERTICAL),
                button("−", "toolbarZoomOut", "Zoom out (Ctrl+-)", actions::zoomOut),
                button("+", "toolbarZoomIn", "Zoom in (Ctrl+=)", actions::zoomIn),
                button("Fit", "toolbarFit", "Fit the diagram to the window (Ctrl+Shift+F)", actions::zoomToFit),
                button("100%", "toolbarActualSize", "Actual size (Ctrl+0)", actions::zoomTo100));
        bar.setId("toolbar");
        return bar;
    }

    private static Button button(String text, String id, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }
}
