package studio.serverless.canvas.geometry;

import studio.serverless.model.diagram.Point;

/**
 * An axis-aligned rectangle in diagram units: a figure's outline, a rubber band, the extent of a diagram.
 *
 * @param x      left edge
 * @param y      top edge
 * @param width  width, not negative
 * @param height height, not negative
 */
public record Box(double x, double y, double width, double height) {

    /** Refuses a negative size. */
    public Box {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("a box cannot have a negative size: " + width + " x " + height);
        }
    }

    /** The box with two opposite corners at these points, in any order (a rubber band dragged any way). */
    public static Box spanning(Point corner, Point opposite) {
        return new Box(Math.min(corner.x(), opposite.x()), Math.min(corner.y(), opposite.y()),
                Math.abs(opposite.x() - corner.x()), Math.abs(opposite.y() - corner.y()));
    }

    /** The right edge. */
    public double maxX() {
        return x + width;
    }

    /** The bottom edge. */
    public double maxY() {
        return y + height;
    }

    /** The centre point. */
    public Point center() {
        return new Point(x + width / 2, y + height / 2);
    }

    /** Whether the point lies inside or on the edge. */
    public boolean contains(Point point) {
        return point.x() >= x && point.x() <= maxX() && point.y() >= y && point.y() <= maxY();
    }

    /** Whether the other box lies wholly inside this one. */
    public boolean contains(Box other) {
        return other.x >= x && other.maxX() <= maxX() && other.y >= y && other.maxY() <= maxY();
    }

    /** The smallest box holding both. */
    public Box union(Box other) {
        double left = Math.min(x, other.x);
        double top = Math.min(y, other.y);
        return new Box(left, top, Math.max(maxX(), other.maxX()) - left, Math.max(maxY(), other.maxY()) - top);
    }

    /** This box grown by a margin on every side. */
    public Box grow(double margin) {
        return new Box(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }

    /**
     * Where the ray from the centre towards a point leaves this box: the point on the outline facing it. The
     * centre itself when the point is the centre.
     */
    public Point borderToward(Point toward) {
        Point center = center();
        double dx = toward.x() - center.x();
        double dy = toward.y() - center.y();
        if (dx == 0 && dy == 0) {
            return center;
        }
        double scaleX = dx == 0 ? Double.POSITIVE_INFINITY : (width / 2) / Math.abs(dx);
        double scaleY = dy == 0 ? Double.POSITIVE_INFINITY : (height / 2) / Math.abs(dy);
        double scale = Math.min(scaleX, scaleY);
        return new Point(center.x() + dx * scale, center.y() + dy * scale);
    }
}
