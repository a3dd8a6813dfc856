package studio.serverless.model.diagram;

/**
 * A position on the diagram, in diagram units (one unit is one pixel at 100% zoom).
 *
 * @param x distance from the left edge
 * @param y distance from the top edge
 */
public record Point(double x, double y) {

    /** The origin. */
    public static final Point ORIGIN = new Point(0, 0);

    /** This point moved by the given offsets. */
    public Point translate(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }
}
