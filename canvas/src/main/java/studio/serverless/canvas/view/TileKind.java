package studio.serverless.canvas.view;

/** What a {@link Tile} holds, which says how it is drawn once shown. */
enum TileKind {

    /** Service figures: kept as a bitmap once the view settles. */
    FIGURES,
    /** Connection edges, never drawn (kept for picking, tooltips and ids): never kept as a bitmap. */
    EDGES,
    /**
     * Sketches of the edges crossing one square ({@link EdgeCells}): kept as a bitmap once the view settles, and drawn
     * as one path of plain lines while zooming.
     */
    EDGE_SKETCHES;

    /** Whether a shown tile of this kind is kept as a bitmap once the view settles. */
    boolean cachedWhenSettled() {
        return this != EDGES;
    }

    /** Whether a tile of this kind draws its lines as one plain path while zooming. */
    boolean plainWhileZooming() {
        return this == EDGE_SKETCHES;
    }
}
