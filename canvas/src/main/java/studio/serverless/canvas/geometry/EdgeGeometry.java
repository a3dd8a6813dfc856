package studio.serverless.canvas.geometry;

import studio.serverless.model.diagram.Point;

/** Routes an edge between two figures: straight, from outline to outline, along the line between the centres. */
public final class EdgeGeometry {

    /** The length of the arrowhead along the edge. */
    public static final double ARROW_LENGTH = 10;
    /** Half the width of the arrowhead's back. */
    public static final double ARROW_HALF_WIDTH = 5;

    private EdgeGeometry() {
    }

    /** The route from the source figure to the target figure. */
    public static EdgeRoute route(Box source, Box target) {
        Point start = source.borderToward(target.center());
        Point end = target.borderToward(source.center());
        if (source.contains(end) || target.contains(start)) {
            // overlapping figures: draw centre to centre so the edge stays visible
            start = source.center();
            end = target.center();
        }
        return between(start, end);
    }

    /** A route along a straight segment with the arrowhead at its end (also used for the rubber line). */
    public static EdgeRoute between(Point start, Point end) {
        double dx = end.x() - start.x();
        double dy = end.y() - start.y();
        double length = Math.hypot(dx, dy);
        double ux = length == 0 ? 1 : dx / length;
        double uy = length == 0 ? 0 : dy / length;
        Point back = end.translate(-ux * ARROW_LENGTH, -uy * ARROW_LENGTH);
        Point left = back.translate(uy * ARROW_HALF_WIDTH, -ux * ARROW_HALF_WIDTH);
        Point right = back.translate(-uy * ARROW_HALF_WIDTH, ux * ARROW_HALF_WIDTH);
        Point middle = new Point((start.x() + end.x()) / 2, (start.y() + end.y()) / 2);
        return new EdgeRoute(start, end, left, right, middle);
    }
}
