package studio.serverless.canvas.view;

import studio.serverless.canvas.geometry.Box;

/**
 * What is worth drawing: figures and edges outside the visible area (plus a margin, so a small pan shows no
 * gap) are made invisible, so the renderer skips them; below a zoom of {@value #DETAIL_ZOOM} the text and icons,
 * unreadable anyway, are hidden instead and everything else is drawn (the view caches it as one bitmap, which
 * culling would invalidate on every pan). Off-screen or tiny nodes still exist and keep their model state; only their
 * drawing is skipped. Without an area (an export), everything is drawn.
 */
final class ViewCulling {

    /** The zoom below which names, kinds, icons and edge labels are not drawn. */
    static final double DETAIL_ZOOM = 0.4;
    private static final double MARGIN = 200;

    private Box area;
    private boolean detailed = true;

    /** Sets the visible area (diagram units) and zoom; returns whether the level of detail changed. */
    boolean update(Box visibleArea, double zoom) {
        boolean wasDetailed = detailed;
        detailed = zoom >= DETAIL_ZOOM;
        area = detailed ? visibleArea.grow(MARGIN / zoom) : null;
        return wasDetailed != detailed;
    }

    /** Whether text and icons are drawn (false when zoomed far out; then everything is drawn, for the cache). */
    boolean detailed() {
        return detailed;
    }

    void apply(ServiceFigure figure) {
        figure.setVisible(area == null || intersects(area, figure.box()));
        figure.setDetailed(detailed);
    }

    void apply(ConnectionEdge edge, Box source, Box target) {
        edge.setVisible(area == null || intersects(area, source.union(target)));
        edge.setDetailed(detailed);
    }

    private static boolean intersects(Box a, Box b) {
        return a.x() <= b.maxX() && b.x() <= a.maxX() && a.y() <= b.maxY() && b.y() <= a.maxY();
    }
}
