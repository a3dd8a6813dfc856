package studio.serverless.canvas.geometry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.ServiceId;

/**
 * The ways to line up two or more figures: along an edge or the centre line of the box around them. Figures
 * keep their other coordinate.
 */
public enum Alignment {
    /** Left edges on the leftmost left edge. */
    LEFT("left"),
    /** Centres on the vertical centre line of the selection. */
    CENTER("centre"),
    /** Right edges on the rightmost right edge. */
    RIGHT("right"),
    /** Top edges on the topmost top edge. */
    TOP("top"),
    /** Centres on the horizontal centre line of the selection. */
    MIDDLE("middle"),
    /** Bottom edges on the lowest bottom edge. */
    BOTTOM("bottom");

    private final String description;

    Alignment(String description) {
        this.description = description;
    }

    /** The word the undo menu shows, e.g. "Align 3 services left". */
    public String description() {
        return description;
    }

    /** The new top-left corners of figures now at these top-left corners, in the same order. */
    public Map<ServiceId, Point> align(Map<ServiceId, Point> positions) {
        Box extent = positions.values().stream().map(FigureGeometry::boxAt).reduce(Box::union)
                .orElse(new Box(0, 0, 0, 0));
        UnaryOperator<Point> move = switch (this) {
            case LEFT -> point -> new Point(extent.x(), point.y());
            case CENTER -> point -> new Point(extent.center().x() - FigureGeometry.WIDTH / 2, point.y());
            case RIGHT -> point -> new Point(extent.maxX() - FigureGeometry.WIDTH, point.y());
            case TOP -> point -> new Point(point.x(), extent.y());
            case MIDDLE -> point -> new Point(point.x(), extent.center().y() - FigureGeometry.HEIGHT / 2);
            case BOTTOM -> point -> new Point(point.x(), extent.maxY() - FigureGeometry.HEIGHT);
        };
        Map<ServiceId, Point> aligned = new LinkedHashMap<>();
        positions.forEach((id, point) -> aligned.put(id, move.apply(point)));
        return aligned;
    }
}
