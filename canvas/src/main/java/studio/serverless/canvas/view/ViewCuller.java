package studio.serverless.canvas.view;

import java.util.Collection;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.layout.Pane;
import studio.serverless.canvas.geometry.Box;

/**
 * Applies {@link ViewCulling} to the figures and edges of a {@link DiagramView} as the view pans and zooms. It files
 * them in tiles ({@link TileLayer}) and what the edges draw in the squares they cross ({@link EdgeCells}), shows or
 * hides whole tiles, keeps shown tiles of figures and squares of edges (or, zoomed far out, the whole content) as
 * bitmaps once settled, and draws in detail again when a zoom gesture is over ({@link ZoomSettler}).
 */
final class ViewCuller {

    /** The side of a tile of figures: two columns or four rows of a laid-out diagram. */
    static final double FIGURE_TILE = 480;
    /** The side of a tile of (undrawn) edges, filed by their middle for picking. */
    static final double EDGE_TILE = 480;
    /** The side of a square of edge sketches: a pan draws a column or row of them anew every this many units. */
    static final double EDGE_CELL = 480;

    private final ViewCulling culling = new ViewCulling();
    private final TileLayer figureTiles;
    private final TileLayer edgeTiles;
    private final EdgeCells edgeCells;
    private final Pane content;
    private final TileQueue queue;
    private final ZoomSettler settler;

    /** Culls the figures and edges put in these layers, caching this content pane when zoomed far out. */
    ViewCuller(ViewLayers layers) {
        this.figureTiles = new TileLayer(layers.figures(), FIGURE_TILE, TileKind.FIGURES);
        this.edgeTiles = new TileLayer(layers.edges(), EDGE_TILE, TileKind.EDGES);
        this.edgeCells = new EdgeCells(layers.edgeSketches(), EDGE_CELL);
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

    /**
     * Puts a routed edge between these figure boxes in its tile (anew when the model changed) and its sketches in the
     * squares it crosses, and culls them.
     */
    void placed(ConnectionEdge edge, Box source, Box target, boolean refile) {
        Box box = source.union(target);
        cull(edge, refile ? edgeTiles.refile(edge, box) : edgeTiles.place(edge, box));
        edgeCells.place(edge).forEach(this::cullCell);
    }

    /** Takes a removed figure out of its tile and the scene. */
    void removed(ServiceFigure figure) {
        figureTiles.remove(figure);
    }

    /** Takes a removed edge out of its tile and the scene. */
    void removed(ConnectionEdge edge) {
        edgeTiles.remove(edge);
        edgeCells.remove(edge).forEach(this::cullCell);
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
        for (Collection<Tile> tiles : List.of(edgeTiles.tiles(), edgeCells.cells(), figureTiles.tiles())) {
            for (Tile tile : tiles) {
                boolean visible = culling.shows(tile.extent());
                if (visible && !tile.shown() && !culling.inView(tile.extent())) {
                    queue.add(tile);
                } else {
                    queue.remove(tile);
                    show(tile, visible, everyShown);
                }
            }
        }
        content.setCache(culling.cachesContent());
    }

    /** Shows a tile that waited in the queue, if it is still in the culled area. */
    private void showQueued(Tile tile) {
        if (culling.shows(tile.extent())) {
            show(tile, true, false);
        }
    }

    private void show(Tile tile, boolean visible, boolean everyShown) {
        boolean drawnFirst = visible && tile.kind() == TileKind.EDGE_SKETCHES && edgeCells.draw(tile);
        if (visible != tile.shown() || visible && (everyShown || drawnFirst)) {
            tile.setShown(visible);
            List.copyOf(tile.elements()).forEach(element -> apply(element, visible));
        }
        tile.setBitmapCache(visible && culling.cachesTiles() && tile.kind().cachedWhenSettled());
        tile.setPlainLines(visible && culling.zooming() && tile.kind().plainWhileZooming());
    }

    /**
     * Culls a square of edge sketches anew after sketches came or went: each is drawn as the zoom asks, and while
     * zooming the square's path of plain lines is made again to hold the new ones.
     */
    private void cullCell(Tile cell) {
        boolean visible = culling.shows(cell.extent()) && !queue.holds(cell);
        cell.setPlainLines(false);
        show(cell, visible, true);
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
        tile.setBitmapCache(visible && culling.cachesTiles() && tile.kind().cachedWhenSettled());
    }

    private void apply(Node element, boolean visible) {
        if (element instanceof ServiceFigure figure) {
            culling.apply(figure, visible);
        } else if (element instanceof ConnectionEdge edge) {
            culling.apply(edge, visible);
        } else if (element instanceof EdgeSketch sketch) {
            culling.apply(sketch);
        }
    }

    private void settle() {
        if (culling.settle()) {
            applyCulling(true);
        }
    }
}
