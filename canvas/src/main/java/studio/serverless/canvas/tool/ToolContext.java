package studio.serverless.canvas.tool;

import studio.serverless.canvas.geometry.Grid;
import studio.serverless.canvas.selection.SelectionModel;
import studio.serverless.canvas.view.DiagramView;
import studio.serverless.canvas.view.Viewport;
import studio.serverless.model.command.CommandStack;

/** What the tools may use of the editor they work in. */
public interface ToolContext {

    /** The stack every edit goes through. */
    CommandStack commandStack();

    /** The selection. */
    SelectionModel selection();

    /** The views of the diagram. */
    DiagramView view();

    /** The viewport, for coordinates, zoom and pan. */
    Viewport viewport();

    /** The grid to snap to, or null when snapping is off. */
    Grid snapGrid();

    /** Asks which connection is meant when several fit. */
    ConnectionChooser connectionChooser();

    /** Whether the diagram is read-only now (a running diagram): tools select but do not edit. */
    boolean isReadOnly();

    /** Whether edits are refused now, showing why as a hint when they are. */
    boolean refusesEdits();

    /** Shows a short-lived hint to the person (why a connection was refused). */
    void showHint(String hint);
}
