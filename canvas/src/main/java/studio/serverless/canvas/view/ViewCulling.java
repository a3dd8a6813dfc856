package studio.serverless.canvas.view;

import javafx.scene.CacheHint;
import studio.serverless.canvas.geometry.Box;

/**
 * What is worth drawing, and how: figures and edges outside the visible area (plus a margin, so a small pan shows
 * no gap) are made invisible and let go of their parts, so the renderer skips them; below a zoom of
 * {@value #DETAIL_ZOOM} the text and icons, unreadable anyway, are hidden instead and everything else is drawn.
 * Off-screen or tiny elements keep their (invisible) node and its state; only their drawing is skipped. Without an
 * area (an export), everything is drawn.
 *
 * <p>Visible figures and edge labels are kept as bitmaps. While the zoom is changing, those bitmaps are scaled
 * rather than redrawn ({@link CacheHint#SCALE}) and edges are not antialiased; once it settles they are drawn
 * afresh at the new zoom ({@link CacheHint#QUALITY}), sharp again, and the view caches all it draws as one bitmap,
 * which a pan only moves until it comes near the edge of the culled area.
 */
final class ViewCulling {

    /** The zoom below which names, kinds, icons and edge labels are not drawn. */
    static final double DETAIL_ZOOM = 0.4;
    /** Screen pixels drawn beyond each side of the view, so a pan of up to this much needs no new culling. */
    private static final double MARGIN = 320;
    /** The least margin left before the area is culled anew. */
    private static final double KEPT_MARGIN = 64;
    /** The margin while zooming, when the area is culled anew on every step anyway. */
    private static final double ZOOMING_MARGIN = 32;

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
        detailed = newZoom >= DETAIL_ZOOM;
        this.visibleArea = visibleArea;
        Box previous = area;
        if (!detailed) {
            area = null;
        } else if (zoomChanged || area == null || !area.contains(visibleArea.grow(KEPT_MARGIN / newZoom))) {
            area = visibleArea.grow((zooming ? ZOOMING_MARGIN : MARGIN) / newZoom);
        }
        return new Change(zoomChanged, area != previous, wasDetailed != detailed);
    }

    /** Ends zooming: bitmaps are drawn anew at the zoom reached. Returns whether the view was zooming. */
    boolean settle() {
        boolean wasZooming = zooming;
        zooming = false;
        if (wasZooming && detailed) {
            area = visibleArea.grow(MARGIN / zoom);
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

    /** Whether text and icons are drawn (false when zoomed far out; then everything is drawn, for the cache). */
    boolean detailed() {
        return detailed;
    }

    void apply(ServiceFigure figure) {
        boolean visible = area == null || intersects(area, figure.box());
        figure.setCulled(!visible);
        figure.setDetailed(detailed);
        figure.setBitmapCache(bitmaps() && visible, hint());
    }

    void apply(ConnectionEdge edge, Box source, Box target) {
        boolean visible = area == null || intersects(area, source.union(target));
        edge.setCulled(!visible);
        edge.setDetailed(detailed);
        edge.setBitmapCache(bitmaps() && visible, hint());
        edge.setSmoothLine(!zooming);
    }

    /** Only a culled view (on screen) with detail keeps bitmaps: an export draws once, a far view caches it whole. */
    private boolean bitmaps() {
        return area != null;
    }

    private CacheHint hint() {
        return zooming ? CacheHint.SCALE : CacheHint.QUALITY;
    }

    /** What an {@link #update} changed: the zoom, the culled area, the level of detail. */
    record Change(boolean zoom, boolean area, boolean detail) {
    }

    private static boolean intersects(Box a, Box b) {
        return a.x() <= b.maxX() && b.x() <= a.maxX() && a.y() <= b.maxY() && b.y() <= a.maxY();
    }
}
