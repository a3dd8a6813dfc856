package studio.serverless.canvas.view;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.layout.Pane;
import studio.serverless.canvas.geometry.Box;

/**
 * Applies {@link ViewCulling} to the figures and edges of a {@link DiagramView} as the view pans and zooms. It files
 * them in tiles ({@link TileLayer}) and shows or hides whole tiles, keeps shown tiles (or, zoomed far out, the whole
 * content) as bitmaps once settled, and draws in detail again when a zoom gesture is over ({@link ZoomSettler}).
 */
final class ViewCuller {

    /** The side of a tile of figures: two columns or four rows of a laid-out diagram. */
    static final double FIGURE_TILE = 480;
    /**
     * The side of a tile of edges. An edge's tile reaches as far as its edges do, so tiles of edges overlap and every
     * frame copies their bitmaps one over another; larger tiles overlap less but cost more to draw when they come
     * into view (measured: 480 gave the fewest slow pan frames, 720 and 960 more).
     */
    static final double EDGE_TILE = 480;

    private final ViewCulling culling = new ViewCulling();
    private final TileLayer figureTiles;
    private final TileLayer edgeTiles;
    private final Pane content;
    private final TileQueue queue;
    private final ZoomSettler settler;

    /** Culls the figures and edges put in these layers, caching this content pane when zoomed far out. */
    ViewCuller(ViewLayers layers) {
        this.figureTiles = new TileLayer(layers.figures(), FIGURE_TILE);
        this.edgeTiles = new TileLayer(layers.edges(), EDGE_TILE);
        this.content = layers.content();
        this.queue = new TileQueue(content, this::showQueued);
        this.settler = new ZoomSettler(content, this::settle);
    }

    /** See {@link DiagramView#cullTo}. */
    void cullTo(Box visibleArea, double zoom) {
        ViewCulling.Change change = culling.update(visibleArea, zoom);
        if (change.zoom()) {
            settler.zoomed();
        }
        if (change.area() || change.detail()) {
            applyCulling(change.detail());
        }
        content.setCache(culling.cachesContent());
        if (change.detail()) {
            content.requestLayout();
        }
    }

    /** Puts a figure in its tile, or notes where it is now (a drag preview), and culls it. */
    void placed(ServiceFigure figure) {
        cull(figure, figureTiles.place(figure, figure.box()));
    }

    /** Files a figure again after the model moved it (it may change tile), and culls it. */
    void refiled(ServiceFigure figure) {
        cull(figure, figureTiles.refile(figure, figure.box()));
    }

    /** Puts an edge between these figure boxes in its tile (anew when the model changed), and culls it. */
    void placed(ConnectionEdge edge, Box source, Box target, boolean refile) {
        Box box = source.union(target);
        cull(edge, refile ? edgeTiles.refile(edge, box) : edgeTiles.place(edge, box));
    }

    /** Takes a removed figure out of its tile and the scene. */
    void removed(ServiceFigure figure) {
        figureTiles.remove(figure);
    }

    /** Takes a removed edge out of its tile and the scene. */
    void removed(ConnectionEdge edge) {
        edgeTiles.remove(edge);
    }

    /** Stops waiting for the zoom to settle and for queued tiles to be shown. */
    void dispose() {
        queue.clear();
        settler.dispose();
    }

    /**
     * Shows the tiles that touch the culled area and hides the others; {@code everyShown} re-styles shown ones. A tile
     * coming into the area but not into view is shown in a coming frame, one tile a frame.
     */
    private void applyCulling(boolean everyShown) {
        for (TileLayer layer : new TileLayer[] {edgeTiles, figureTiles}) {
            boolean edges = layer == edgeTiles;
            for (Tile tile : layer.tiles()) {
                boolean visible = culling.shows(tile.extent());
                if (visible && !tile.shown() && !culling.inView(tile.extent())) {
                    queue.add(tile, edges);
                } else {
                    queue.remove(tile);
                    show(tile, edges, visible, everyShown);
                }
            }
        }
        content.setCache(culling.cachesContent());
    }

    /** Shows a tile that waited in the queue, if it is still in the culled area. */
    private void showQueued(Tile tile, boolean edges) {
        if (culling.shows(tile.extent())) {
            show(tile, edges, true, false);
        }
    }

    private void show(Tile tile, boolean edges, boolean visible, boolean everyShown) {
        if (visible != tile.shown() || visible && everyShown) {
            tile.setShown(visible);
            List.copyOf(tile.elements()).forEach(element -> apply(element, visible));
        }
        tile.setBitmapCache(visible && culling.cachesTiles());
        tile.setPlainLines(edges && visible && culling.zooming());
    }

    /** Culls one element anew after its tile changed, and the whole tile if it came into or out of the area. */
    private void cull(Node element, Tile tile) {
        boolean visible = culling.shows(tile.extent()) && !queue.holds(tile);
        if (visible != tile.shown()) {
            tile.setShown(visible);
            List.copyOf(tile.elements()).forEach(each -> apply(each, visible));
        } else {
            apply(element, visible);
        }
        tile.setBitmapCache(visible && culling.cachesTiles());
    }

    private void apply(Node element, boolean visible) {
        if (element instanceof ServiceFigure figure) {
            culling.apply(figure, visible);
        } else if (element instanceof ConnectionEdge edge) {
            culling.apply(edge, visible);
        }
    }

    private void settle() {
        if (culling.settle()) {
            applyCulling(true);
        }
    }
}
