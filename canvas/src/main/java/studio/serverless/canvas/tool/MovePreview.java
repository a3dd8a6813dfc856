package studio.serverless.canvas.tool;

import java.util.LinkedHashMap;
import java.util.Map;

import studio.serverless.canvas.geometry.Grid;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.ServiceId;

/**
 * Where the services of a drag would land: each moves by the same distance, chosen so that the grabbed service
 * lands on the grid (when snapping); the others keep their places relative to it.
 */
public final class MovePreview {

    private final Map<ServiceId, Point> startPositions;
    private final Point grabbedStart;
    private final Grid grid;

    /**
     * A preview of a drag.
     *
     * @param startPositions where each dragged service stood when the drag began
     * @param grabbed        the service under the pointer; one of the dragged services
     * @param grid           the grid to snap to, or null for none
     */
    public MovePreview(Map<ServiceId, Point> startPositions, ServiceId grabbed, Grid grid) {
        this.startPositions = new LinkedHashMap<>(startPositions);
        this.grabbedStart = this.startPositions.get(grabbed);
        if (grabbedStart == null) {
            throw new IllegalArgumentException("the grabbed service " + grabbed + " is not among the dragged ones");
        }
        this.grid = grid;
    }

    /** Where each service stood when the drag began. */
    public Map<ServiceId, Point> startPositions() {
        return Map.copyOf(startPositions);
    }

    /** Where each service lands when the pointer has moved by this distance in diagram units. */
    public Map<ServiceId, Point> positionsFor(double dx, double dy) {
        Point grabbedEnd = grabbedStart.translate(dx, dy);
        if (grid != null) {
            grabbedEnd = grid.snap(grabbedEnd);
        }
        double moveX = grabbedEnd.x() - grabbedStart.x();
        double moveY = grabbedEnd.y() - grabbedStart.y();
        Map<ServiceId, Point> positions = new LinkedHashMap<>();
        startPositions.forEach((id, start) -> positions.put(id, start.translate(moveX, moveY)));
        return positions;
    }

    /** Whether landing at these positions moves anything. */
    public boolean moves(Map<ServiceId, Point> positions) {
        return !positions.equals(startPositions);
    }
}
