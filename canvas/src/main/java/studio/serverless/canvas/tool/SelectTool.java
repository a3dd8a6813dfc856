package studio.serverless.canvas.tool;

import java.util.List;

import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;
import studio.serverless.canvas.geometry.Box;
import studio.serverless.canvas.view.ConnectionEdge;
import studio.serverless.canvas.view.ServiceFigure;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.ServiceId;

/**
 * Selects with clicks on edges and on empty space, and with a rubber band: a drag on empty space selects the
 * figures wholly inside it (added to the selection with Shift). A click on empty space clears the selection.
 */
final class SelectTool implements Tool {

    private final ToolContext context;
    private final Rectangle band = new Rectangle();
    private Point anchor;
    private boolean banding;

    SelectTool(ToolContext context) {
        this.context = context;
        band.getStyleClass().add("rubber-band");
        band.setId("rubber-band");
    }

    @Override
    public void pressed(MouseEvent event) {
        var edge = Picking.edgeAt(event);
        anchor = null;
        if (edge.isPresent()) {
            clickEdge(edge.get(), event.isShiftDown());
            return;
        }
        anchor = context.viewport().toDiagram(event.getSceneX(), event.getSceneY());
        banding = false;
    }

    @Override
    public void dragged(MouseEvent event) {
        if (anchor == null) {
            return;
        }
        if (!banding) {
            banding = true;
            context.view().layers().overlay().getChildren().add(band);
        }
        Box box = Box.spanning(anchor, context.viewport().toDiagram(event.getSceneX(), event.getSceneY()));
        band.setX(box.x());
        band.setY(box.y());
        band.setWidth(box.width());
        band.setHeight(box.height());
    }

    @Override
    public void released(MouseEvent event) {
        if (anchor == null) {
            return;
        }
        if (!banding) {
            if (!event.isShiftDown()) {
                context.selection().clear();
            }
            return;
        }
        Box box = new Box(band.getX(), band.getY(), band.getWidth(), band.getHeight());
        List<ServiceId> inside = context.view().figures().stream().filter(figure -> box.contains(figure.box()))
                .map(ServiceFigure::serviceId).toList();
        cancel();
        if (event.isShiftDown()) {
            context.selection().elements().addAll(inside);
        } else {
            context.selection().selectOnly(inside);
        }
    }

    @Override
    public void cancel() {
        context.view().layers().overlay().getChildren().remove(band);
        anchor = null;
        banding = false;
    }

    private void clickEdge(ConnectionEdge edge, boolean shift) {
        if (shift) {
            context.selection().toggle(edge.connectionId());
        } else {
            context.selection().selectOnly(edge.connectionId());
        }
    }
}
