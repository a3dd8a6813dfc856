package studio.serverless.app.desktop;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import studio.serverless.app.desktop.designer.DesignerViewModel;
import studio.serverless.app.desktop.document.DiagramDocument;
import studio.serverless.app.desktop.problems.ProblemsView;
import studio.serverless.app.desktop.problems.ProblemsViewModel;
import studio.serverless.app.desktop.status.StatusBarView;
import studio.serverless.app.desktop.status.StatusBarViewModel;
import studio.serverless.canvas.minimap.Minimap;
import studio.serverless.canvas.view.IconFactory;

/**
 * The parts of the window that show the open document: the canvas with its minimap, the inspector, the problems
 * panel and the status bar. Each document opened gets a new workspace here; the previous one is let go.
 */
final class DocumentPanes {

    private final DesignerViewModel model;
    private final IconFactory icons;
    private final ProblemsViewModel problems = new ProblemsViewModel();
    private final StatusBarViewModel status = new StatusBarViewModel();
    private final StackPane canvasHolder = new StackPane();
    private final StackPane inspectorHolder = new StackPane();
    private DocumentWorkspace workspace;
    private Minimap minimap;

    /** Panes for the documents of this view model, drawing kinds with these icons. */
    DocumentPanes(DesignerViewModel model, IconFactory icons) {
        this.model = model;
        this.icons = icons;
    }

    /** The workspace of the document shown (null before the first {@link #show}). */
    DocumentWorkspace workspace() {
        return workspace;
    }

    /** The place of the canvas and its minimap. */
    Node canvas() {
        return canvasHolder;
    }

    /** The place of the inspector. */
    Node inspector() {
        return inspectorHolder;
    }

    /** A new problems panel, whose rows reveal their element on the canvas. */
    Node problemsPanel() {
        return ProblemsView.create(problems, problem -> workspace.reveal(problem));
    }

    /** A new status bar. */
    Node statusBar() {
        return StatusBarView.create(status);
    }

    /** Shows a document in new canvas, minimap and inspector, fitted once laid out, and focuses the canvas. */
    void show(DiagramDocument document) {
        if (workspace != null) {
            workspace.dispose();
        }
        if (minimap != null) {
            minimap.dispose();
        }
        workspace = new DocumentWorkspace(document, icons);
        minimap = new Minimap(workspace.editor());
        StackPane.setAlignment(minimap, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(minimap, new Insets(0, 12, 12, 0));
        canvasHolder.getChildren().setAll(workspace.editor(), minimap);
        inspectorHolder.getChildren().setAll(workspace.inspector());
        workspace.followZoom((observable, old, zoom) -> status.showZoom(zoom.doubleValue()));
        workspace.fitWhenLaidOut();
        refresh();
        workspace.editor().requestFocus();
    }

    /** Shows the view model's current diagnostics and saved state in the problems panel, status bar and canvas. */
    void refresh() {
        DiagramDocument document = model.document();
        problems.show(document.diagram(), model.diagnosticsProperty().get());
        status.show(document.diagram(), model.diagnosticsProperty().get(), model.dirtyProperty().get());
        workspace.showDiagnostics(model.diagnosticsProperty().get());
    }
}
