package studio.serverless.canvas.view;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.CacheHint;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Path;
import studio.serverless.canvas.geometry.Box;

/**
 * One square of a {@link TileLayer}: a group of the figures or edges filed there, with the box around them all (its
 * extent, which may reach beyond the square: an edge or a moved figure stays in its tile until the model changes).
 * Culling shows or hides a tile as a whole; a shown tile can be kept as a bitmap.
 */
final class Tile {

    private final Group group = new Group();
    private final Map<Node, Box> boxes = new IdentityHashMap<>();
    private Box extent;
    /** While zooming, the plain lines of the tile's edges in one shape (edge tiles only). */
    private Path plainLines;
    private boolean shown = true;

    Tile() {
        group.getStyleClass().add("diagram-tile");
    }

    /** The group holding the tile's elements, a child of its layer. */
    Group group() {
        return group;
    }

    /** The elements of the tile, in drawing order. */
    List<Node> elements() {
        return group.getChildren();
    }

    /** The box around every element of the tile, or null when it is empty. */
    Box extent() {
        return extent;
    }

    /** Whether the tile is drawn (not culled). */
    boolean shown() {
        return shown;
    }

    void setShown(boolean newShown) {
        shown = newShown;
        group.setVisible(newShown);
    }

    /** Keeps the tile as one bitmap (true), drawn anew only when something in it changes, or draws it each frame. */
    void setBitmapCache(boolean cached) {
        group.setCache(cached);
        group.setCacheHint(CacheHint.QUALITY);
    }

    /**
     * Draws the tile's edges that allow it ({@link ConnectionEdge#isPlainInPath}) as one path of plain lines (true),
     * below the edges drawn one by one, or not (false). One shape of many lines costs software rendering far less
     * than as many shapes, each set up and rasterised row by row on its own.
     */
    void setPlainLines(boolean shown) {
        if (shown && plainLines == null) {
            plainLines = new Path();
            plainLines.getStyleClass().add("edge-line");
            plainLines.setSmooth(false);
            plainLines.setMouseTransparent(true);
            boxes.keySet().stream().filter(ConnectionEdge.class::isInstance).map(ConnectionEdge.class::cast)
                    .filter(ConnectionEdge::isPlainInPath).forEach(edge -> edge.addLineTo(plainLines));
            if (plainLines.getElements().isEmpty()) {
                plainLines = null;
            } else {
                group.getChildren().add(0, plainLines);
            }
        } else if (!shown && plainLines != null) {
            group.getChildren().remove(plainLines);
            plainLines = null;
        }
    }

    /** Adds an element, or notes where it lies now; the extent grows to hold it. */
    void put(Node element, Box box) {
        if (boxes.put(element, box) == null) {
            group.getChildren().add(element);
        }
        extent = extent == null ? box : extent.union(box);
    }

    /** Removes an element; the extent shrinks to the elements left. */
    void remove(Node element) {
        if (boxes.remove(element) != null) {
            group.getChildren().remove(element);
            extent = boxes.values().stream().reduce(Box::union).orElse(null);
        }
    }
}
