package studio.serverless.canvas.tool;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.scene.input.MouseEvent;
import studio.serverless.canvas.view.ServiceFigure;
import studio.serverless.model.command.MoveServicesCommand;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.ServiceId;

/**
 * Clicks on figures select them (Shift toggles); dragging a selected figure moves every selected service live,
 * snapped to the grid, and the release makes one {@link MoveServicesCommand}. Escape puts the figures back. A
 * read-only diagram's figures are selected but not moved.
 */
final class MoveTool implements Tool {

    /** How far (in screen pixels) the pointer must travel before a press becomes a drag. */
    private static final double DRAG_THRESHOLD = 3;

    private final ToolContext context;
    private ServiceId grabbed;
    private double pressSceneX;
    private double pressSceneY;
    private Point pressPoint;
    private boolean toggled;
    private MovePreview preview;
    private Map<ServiceId, Point> previewed = Map.of();

    MoveTool(ToolContext context) {
        this.context = context;
    }

    @Override
    public void pressed(MouseEvent event) {
        ServiceFigure figure = Picking.figureAt(event).orElseThrow();
        grabbed = figure.serviceId();
        pressSceneX = event.getSceneX();
        pressSceneY = event.getSceneY();
        pressPoint = context.viewport().toDiagram(pressSceneX, pressSceneY);
        preview = null;
        toggled = event.isShiftDown();
        if (toggled) {
            context.selection().toggle(grabbed);
        } else if (!context.selection().isSelected(grabbed)) {
            context.selection().selectOnly(grabbed);
        }
    }

    @Override
    public void dragged(MouseEvent event) {
        if (grabbed == null || !context.selection().isSelected(grabbed)) {
            return;
        }
        if (preview == null && !beyondThreshold(event)) {
            return;
        }
        if (preview == null && context.refusesEdits()) {
            grabbed = null;
            return;
        }
        if (preview == null) {
            preview = new MovePreview(startPositions(), grabbed, context.snapGrid());
        }
        Point now = context.viewport().toDiagram(event.getSceneX(), event.getSceneY());
        previewed = preview.positionsFor(now.x() - pressPoint.x(), now.y() - pressPoint.y());
        previewed.forEach(context.view()::previewMove);
    }

    @Override
    public void released(MouseEvent event) {
        if (grabbed == null) {
            return;
        }
        if (preview == null) {
            if (!toggled) {
                context.selection().selectOnly(grabbed);
            }
        } else if (preview.moves(previewed)) {
            context.commandStack().execute(new MoveServicesCommand(previewed));
        }
        grabbed = null;
        preview = null;
    }

    @Override
    public void cancel() {
        if (preview != null) {
            preview.startPositions().forEach(context.view()::previewMove);
        }
        grabbed = null;
        preview = null;
    }

    private boolean beyondThreshold(MouseEvent event) {
        return Math.hypot(event.getSceneX() - pressSceneX, event.getSceneY() - pressSceneY) >= DRAG_THRESHOLD;
    }

    private Map<ServiceId, Point> startPositions() {
        Diagram diagram = context.commandStack().diagram();
        Map<ServiceId, Point> positions = new LinkedHashMap<>();
        for (ServiceId id : context.selection().services()) {
            diagram.service(id).ifPresent(service -> positions.put(id, service.position()));
        }
        return positions;
    }
}
