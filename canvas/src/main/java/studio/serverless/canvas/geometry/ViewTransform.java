package studio.serverless.canvas.geometry;

import studio.serverless.model.diagram.Point;

/**
 * How the diagram is shown in the view: {@code view = translate + zoom * diagram}. Immutable; each zoom or pan
 * makes a new one.
 *
 * @param zoom       the scale, between {@link #MIN_ZOOM} and {@link #MAX_ZOOM}
 * @param translateX where the diagram's origin is, horizontally, in view pixels
 * @param translateY where the diagram's origin is, vertically, in view pixels
 */
public record ViewTransform(double zoom, double translateX, double translateY) {

    /** The smallest zoom: 10%. */
    public static final double MIN_ZOOM = 0.1;
    /** The largest zoom: 400%. */
    public static final double MAX_ZOOM = 4;
    /** 100%, no pan. */
    public static final ViewTransform IDENTITY = new ViewTransform(1, 0, 0);

    /** A zoom kept within the limits. */
    public static double clampZoom(double zoom) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
    }

    /** The diagram point shown at a view point. */
    public Point toDiagram(Point view) {
        return new Point((view.x() - translateX) / zoom, (view.y() - translateY) / zoom);
    }

    /** The view point showing a diagram point. */
    public Point toView(Point diagram) {
        return new Point(translateX + diagram.x() * zoom, translateY + diagram.y() * zoom);
    }

    /** This transform at another zoom (clamped), keeping the diagram point under the pivot where it is. */
    public ViewTransform zoomedAround(double newZoom, Point pivot) {
        double clamped = clampZoom(newZoom);
        Point fixed = toDiagram(pivot);
        return new ViewTransform(clamped, pivot.x() - fixed.x() * clamped, pivot.y() - fixed.y() * clamped);
    }

    /** This transform moved by a distance in view pixels. */
    public ViewTransform pannedBy(double dx, double dy) {
        return new ViewTransform(zoom, translateX + dx, translateY + dy);
    }

    /** This zoom, panned so that a diagram point is in the middle of a view of this size. */
    public ViewTransform centeredOn(Point diagram, double viewWidth, double viewHeight) {
        return new ViewTransform(zoom, viewWidth / 2 - diagram.x() * zoom, viewHeight / 2 - diagram.y() * zoom);
    }

    /** The transform that shows a whole box with a margin in a view of this size, never zooming in past 100%. */
    public static ViewTransform fitting(Box content, double margin, double viewWidth, double viewHeight) {
        Box framed = content.grow(margin);
        double zoom = Math.min(1, Math.min(viewWidth / Math.max(1, framed.width()),
                viewHeight / Math.max(1, framed.height())));
        return new ViewTransform(clampZoom(zoom), 0, 0).centeredOn(framed.center(), viewWidth, viewHeight);
    }
}
