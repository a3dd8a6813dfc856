package studio.serverless.app.desktop;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import studio.serverless.app.desktop.document.DiagramDocument;
import studio.serverless.app.desktop.problems.Problem;
import studio.serverless.canvas.DiagramEditor;
import studio.serverless.canvas.geometry.FigureGeometry;
import studio.serverless.canvas.inspector.Inspector;
import studio.serverless.canvas.view.IconFactory;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.ElementId;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Diagnostic;

/**
 * The editing parts made for one open diagram: its canvas ({@code #canvas}) and its inspector. New and Open make a
 * new workspace, since an editor belongs to one command stack; the old one is disposed.
 */
final class DocumentWorkspace {

    private final DiagramEditor editor;
    private final Inspector inspector;

    DocumentWorkspace(DiagramDocument document, IconFactory icons) {
        editor = new DiagramEditor(document.commandStack());
        editor.setId("canvas");
        editor.setIconFactory(icons);
        inspector = new Inspector(document.commandStack(), editor.selection());
        inspector.setPrefWidth(300);
    }

    DiagramEditor editor() {
        return editor;
    }

    Inspector inspector() {
        return inspector;
    }

    /** Calls the listener with the zoom now and after every change. */
    void followZoom(ChangeListener<Number> listener) {
        editor.zoomProperty().addListener(listener);
        listener.changed(editor.zoomProperty(), null, editor.zoomProperty().get());
    }

    /** Fits an opened diagram to the canvas once the canvas has its size (an empty one stays at 100%). */
    void fitWhenLaidOut() {
        if (editor.diagram().services().isEmpty()) {
            return;
        }
        editor.layoutBoundsProperty().addListener(new ChangeListener<Bounds>() {
            @Override
            public void changed(ObservableValue<? extends Bounds> observable, Bounds old, Bounds bounds) {
                if (bounds.getWidth() > 0 && bounds.getHeight() > 0) {
                    editor.layoutBoundsProperty().removeListener(this);
                    Platform.runLater(editor::zoomToFit);
                }
            }
        });
    }

    void showDiagnostics(List<Diagnostic> diagnostics) {
        editor.setDiagnostics(diagnostics);
    }

    /** Adds a service of the kind in the middle of the visible canvas (the palette's Enter). */
    void addAtCentre(ServiceKind kind) {
        editor.addService(kind, FigureGeometry.topLeftCenteredOn(editor.visibleCenter()));
    }

    /** Selects the elements of a problem and centres the first. */
    void reveal(Problem problem) {
        List<ElementId> present = problem.elements().stream().filter(this::isPresent).toList();
        if (!present.isEmpty()) {
            editor.selection().selectOnly(present);
            editor.centerOn(present.get(0));
        }
    }

    void selectAll() {
        List<ElementId> all = new ArrayList<>();
        editor.diagram().services().stream().map(Service::id).forEach(all::add);
        editor.diagram().connections().stream().map(Connection::id).forEach(all::add);
        editor.selection().selectOnly(all);
    }

    void dispose() {
        inspector.dispose();
        editor.dispose();
    }

    private boolean isPresent(ElementId id) {
        return id instanceof ServiceId service ? editor.diagram().service(service).isPresent()
                : editor.diagram().connection((ConnectionId) id).isPresent();
    }
}
