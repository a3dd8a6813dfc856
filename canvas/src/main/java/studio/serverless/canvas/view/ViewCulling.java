package studio.serverless.canvas.view;

import javafx.scene.CacheHint;
import studio.serverless.canvas.geometry.Box;

/**
 * What is worth drawing, and how: figures and edges outside the visible area (plus a margin, so a small pan shows
 * no gap) are made invisible and let go of their parts, so the renderer skips them; below a zoom of
 * {@value #DETAIL_ZOOM} nothing is culled and figures and edges are drawn plain (boxes in their category colour
 * and lines, no text, icons, arrowheads or dashes), as they are too small to read. Off-screen or tiny elements keep
 * their (invisible) node and its state; only their drawing is skipped. Without an area (an export), everything is
 * drawn in detail.
 *
 * <p>While the zoom is changing (a wheel gesture, until {@link #settle()}), figures and edges are drawn plain at
 * any zoom and not antialiased, and culled (also zoomed far out) to an area kept as long as it holds the view:
 * software rendering would otherwise scale every figure's bitmap pixel by pixel on each step (decision 0039). Once
 * settled, figures and edge labels in view are bitmaps drawn afresh at the zoom reached, and so is each shown tile
 * ({@link ViewCuller}); zoomed far out, the whole content is one bitmap instead.
 */
final class ViewCulling {

    /** The zoom below which names, kinds, icons and edge labels are not drawn. */
    static final double DETAIL_ZOOM = 0.4;
    /** Screen pixels drawn beyond each side of the view, so a pan of up to this much needs no new culling. */
    private static final double MARGIN = 320;
    /** The least margin left before the area is culled anew. */
    private static final double KEPT_MARGIN = 64;
    /** While zooming, the area reaches this share of the view's size beyond each side... */
    private static final double ZOOMING_GROWTH = 0.5;
    /** ... and is culled anew when the view no longer fits in it, or is this many times smaller (zooming in). */
    private static final double ZOOMING_SHRINK = 3.5;

    private Box visibleArea;
    private Box area;
    private boolean detailed = true;
    private double zoom = Double.NaN;
    private boolean zooming;

    /**
     * Sets the visible area (diagram units) and zoom. A zoom other than the last one starts (or continues) zooming,
     * until {@link #settle()}. The culled area is kept while the view stays well inside it, so a slow pan changes
     * nothing for a while and the view's cached bitmap is only moved.
     */
    Change update(Box visibleArea, double newZoom) {
        boolean zoomChanged = !Double.isNaN(zoom) && newZoom != zoom;
        zooming |= zoomChanged;
        zoom = newZoom;
        boolean wasDetailed = detailed;
        detailed = newZoom >= DETAIL_ZOOM && !zooming;
        this.visibleArea = visibleArea;
        Box previous = area;
        if (zooming) {
            area = keptWhileZooming(visibleArea);
        } else if (newZoom < DETAIL_ZOOM) {
            area = null;
        } else if (area == null || !area.contains(visibleArea.grow(KEPT_MARGIN / newZoom))) {
            area = visibleArea.grow(MARGIN / newZoom);
        }
        return new Change(zoomChanged, area != previous, wasDetailed != detailed);
    }

    /**
     * Ends zooming: figures and edges are drawn in detail again, their bitmaps made at the zoom reached. Returns
     * whether the view was zooming.
     */
    boolean settle() {
        boolean wasZooming = zooming;
        zooming = false;
        detailed = zoom >= DETAIL_ZOOM;
        if (wasZooming) {
            area = detailed ? visibleArea.grow(MARGIN / zoom) : null;
        }
        return wasZooming;
    }

    /** The diagram area drawn, or null when everything is (zoomed far out, or an export). */
    Box area() {
        return area;
    }

    /** Whether the zoom changed since the last {@link #settle()}. */
    boolean zooming() {
        return zooming;
    }

    /** Whether text, icons, arrowheads and dashes are drawn (not while zooming, nor when zoomed far out). */
    boolean detailed() {
        return detailed;
    }

    /** Whether something lying in this box is drawn: it touches the culled area, or nothing is culled. */
    boolean shows(Box box) {
        return area == null || box != null && intersects(area, box);
    }

    /** Whether something lying in this box is in view now (not only in the margin around it). */
    boolean inView(Box box) {
        return visibleArea == null || box != null && intersects(visibleArea, box);
    }

    /** Whether shown tiles are kept as bitmaps: once settled, when some of the diagram is culled. */
    boolean cachesTiles() {
        return area != null && !zooming;
    }

    /** Whether the whole content is kept as one bitmap: once settled, when nothing is culled (zoomed far out). */
    boolean cachesContent() {
        return area == null && !zooming;
    }

    void apply(ServiceFigure figure, boolean visible) {
        figure.setCulled(!visible);
        figure.setDetailed(detailed);
        figure.setBitmapCache(detailed && area != null && visible, CacheHint.QUALITY);
    }

    void apply(ConnectionEdge edge, boolean visible) {
        edge.setCulled(!visible);
        // while zooming, most edges are drawn by their tile's path of plain lines (see Tile#setPlainLines)
        edge.setDrawnByTile(zooming && edge.isPlainInPath());
        edge.setDetailed(detailed);
        edge.setBitmapCache(detailed && area != null && visible, CacheHint.QUALITY);
        edge.setSmoothLine(!zooming);
    }

    /**
     * The area to cull to while zooming: the one culled before as long as it holds the view and is not far larger,
     * else the view and half its size around; so a zoom gesture re-culls every halving or so of the zoom.
     */
    private Box keptWhileZooming(Box visibleArea) {
        boolean fits = area != null && area.contains(visibleArea)
                && area.width() < ZOOMING_SHRINK * visibleArea.width();
        return fits ? area : new Box(visibleArea.x() - ZOOMING_GROWTH * visibleArea.width(),
                visibleArea.y() - ZOOMING_GROWTH * visibleArea.height(),
                (1 + 2 * ZOOMING_GROWTH) * visibleArea.width(), (1 + 2 * ZOOMING_GROWTH) * visibleArea.height());
    }

    /** What an {@link #update} changed: the zoom, the culled area, the level of detail. */
    record Change(boolean zoom, boolean area, boolean detail) {
    }

    private static boolean intersects(Box a, Box b) {
        return a.x() <= b.maxX() && b.x() <= a.maxX() && a.y() <= b.maxY() && b.y() <= a.maxY();
    }
}
