package studio.serverless.canvas.view;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import javafx.scene.Group;
import javafx.scene.Node;
import studio.serverless.canvas.geometry.Box;

/**
 * The figures or the edges of a view, filed in square tiles of the diagram by the middle of their box, each tile a
 * group of its own in the layer. With thousands of elements this matters three ways: the scene computes bounds and
 * finds what is under the pointer tile by tile instead of over thousands of siblings; culling shows or hides a few
 * hundred tiles instead of each element; and a tile kept as a bitmap is drawn anew only when it changes, so a pan
 * draws only the tiles coming into view (decision 0039). Edges and figures have a layer each, so every edge stays
 * below every figure.
 */
final class TileLayer {

    private final Group layer;
    private final double side;
    private final Map<Long, Tile> tiles = new HashMap<>();
    private final Map<Node, Tile> tileOf = new IdentityHashMap<>();

    /** Tiles of this side (diagram units) held by this layer group. */
    TileLayer(Group layer, double side) {
        this.layer = layer;
        this.side = side;
    }

    /**
     * Puts an element in the tile of its box's middle, or, when it is already filed, notes its new box in the tile
     * it is in (a drag preview: the pressed node stays where it is in the scene). Returns its tile.
     */
    Tile place(Node element, Box box) {
        Tile tile = tileOf.get(element);
        if (tile == null) {
            tile = tiles.computeIfAbsent(key(box), this::newTile);
            tileOf.put(element, tile);
        }
        tile.put(element, box);
        return tile;
    }

    /** Files an element again by its box (the model changed), moving it to another tile if its middle moved there. */
    Tile refile(Node element, Box box) {
        Tile tile = tileOf.get(element);
        if (tile != null && tile != tiles.get(key(box))) {
            remove(element);
        }
        return place(element, box);
    }

    /** Forgets an element and takes it out of the scene. */
    void remove(Node element) {
        Tile tile = tileOf.remove(element);
        if (tile != null) {
            tile.remove(element);
        }
    }

    /** Every tile of the layer. */
    Collection<Tile> tiles() {
        return Collections.unmodifiableCollection(tiles.values());
    }

    private Tile newTile(long key) {
        Tile tile = new Tile();
        layer.getChildren().add(tile.group());
        return tile;
    }

    private long key(Box box) {
        long column = (long) Math.floor(box.center().x() / side);
        long row = (long) Math.floor(box.center().y() / side);
        return (column << 32) | (row & 0xFFFFFFFFL);
    }
}
