package studio.serverless.canvas;

import java.util.Optional;

import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import studio.serverless.canvas.geometry.FigureGeometry;
import studio.serverless.model.catalog.ServiceKind;

/**
 * Accepts service kinds dragged from the palette ({@link DiagramEditor#SERVICE_KIND_FORMAT}): the new figure is
 * centred on the drop point, then snapped.
 */
final class PaletteDropTarget {

    private final DiagramEditor editor;

    PaletteDropTarget(DiagramEditor editor) {
        this.editor = editor;
    }

    void install() {
        editor.addEventHandler(DragEvent.DRAG_OVER, this::dragOver);
        editor.addEventHandler(DragEvent.DRAG_DROPPED, this::dropped);
    }

    private void dragOver(DragEvent event) {
        if (kindOf(event).isPresent() && !editor.readOnlyProperty().get()) {
            event.acceptTransferModes(TransferMode.COPY);
            event.consume();
        }
    }

    private void dropped(DragEvent event) {
        Optional<ServiceKind> kind = editor.refusedWhileReadOnly() ? Optional.empty() : kindOf(event);
        kind.ifPresent(dropped -> editor.addService(dropped, FigureGeometry.topLeftCenteredOn(
                editor.viewport().toDiagram(event.getSceneX(), event.getSceneY()))));
        event.setDropCompleted(kind.isPresent());
        event.consume();
        editor.requestFocus();
    }

    private static Optional<ServiceKind> kindOf(DragEvent event) {
        Object content = event.getDragboard().getContent(DiagramEditor.SERVICE_KIND_FORMAT);
        return content instanceof String id ? ServiceKind.fromId(id) : Optional.empty();
    }
}
