package studio.serverless.canvas.geometry;

import studio.serverless.model.diagram.Point;

/**
 * The snapping grid: positions round to the nearest multiple of the spacing.
 *
 * @param spacing the distance between grid lines, positive
 */
public record Grid(double spacing) {

    /** The grid the editor uses unless told otherwise. */
    public static final Grid STANDARD = new Grid(20);

    /** Refuses a spacing that is not positive. */
    public Grid {
        if (!(spacing > 0)) {
            throw new IllegalArgumentException("the grid spacing must be positive, not " + spacing);
        }
    }

    /** The nearest grid value. */
    public double snap(double value) {
        return Math.round(value / spacing) * spacing;
    }

    /** The nearest grid point. */
    public Point snap(Point point) {
        return new Point(snap(point.x()), snap(point.y()));
    }
}
