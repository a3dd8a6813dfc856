package studio.serverless.canvas.geometry;

import studio.serverless.model.diagram.Point;

/** The size of a service figure and the places of its parts, shared by the figure view and the tools. */
public final class FigureGeometry {

    /** The width of a service figure. */
    public static final double WIDTH = 160;
    /** The height of a service figure. */
    public static final double HEIGHT = 64;
    /** The side of the square icon slot. */
    public static final double ICON_SIZE = 32;

    private FigureGeometry() {
    }

    /** The outline of a figure whose top-left corner is at this position. */
    public static Box boxAt(Point position) {
        return new Box(position.x(), position.y(), WIDTH, HEIGHT);
    }

    /** The top-left corner of a figure centred on this point (a palette drop lands the figure's middle there). */
    public static Point topLeftCenteredOn(Point center) {
        return new Point(center.x() - WIDTH / 2, center.y() - HEIGHT / 2);
    }

    /** Where connections are drawn from: the middle of the right edge of a figure at this position. */
    public static Point connectorAt(Point position) {
        return new Point(position.x() + WIDTH, position.y() + HEIGHT / 2);
    }
}
