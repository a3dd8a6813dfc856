package studio.serverless.canvas;

import studio.serverless.canvas.geometry.Grid;
import studio.serverless.canvas.selection.SelectionModel;
import studio.serverless.canvas.tool.ConnectionChooser;
import studio.serverless.canvas.tool.ToolContext;
import studio.serverless.canvas.view.DiagramView;
import studio.serverless.canvas.view.Viewport;
import studio.serverless.model.command.CommandStack;

/** The editor as its tools see it. */
final class EditorToolContext implements ToolContext {

    private final DiagramEditor editor;

    EditorToolContext(DiagramEditor editor) {
        this.editor = editor;
    }

    @Override
    public CommandStack commandStack() {
        return editor.commandStack();
    }

    @Override
    public SelectionModel selection() {
        return editor.selection();
    }

    @Override
    public DiagramView view() {
        return editor.view();
    }

    @Override
    public Viewport viewport() {
        return editor.viewport();
    }

    @Override
    public Grid snapGrid() {
        return editor.snapGrid();
    }

    @Override
    public ConnectionChooser connectionChooser() {
        return editor.connectionChooser();
    }

    @Override
    public boolean refusesEdits() {
        return editor.refusedWhileReadOnly();
    }

    @Override
    public boolean isReadOnly() {
        return editor.readOnlyProperty().get();
    }

    @Override
    public void showHint(String hint) {
        editor.showHint(hint);
    }
}
