package studio.serverless.canvas.view;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import javafx.scene.Group;
import javafx.scene.shape.Rectangle;
import studio.serverless.canvas.geometry.Box;

/**
 * What the edges draw, square by square: the diagram cut into squares, each a {@link Tile} whose group is clipped to
 * its square and holds a {@link EdgeSketch} of every edge whose drawing lies there. The squares do not overlap, so a
 * point of the view lies under one square's bitmap whatever the edges' lengths; edge tiles filed by their middle
 * (as figures are) reach as far as their edges and lay four or five mostly transparent bitmaps over every point,
 * which software rendering copies one by one each frame of a pan (decision 0039). A square's sketches are made the
 * first time it is shown.
 */
final class EdgeCells {

    private final Group layer;
    private final double side;
    private final Map<Long, Tile> cells = new HashMap<>();
    /** The edges lying in each square, with their sketch once the square is drawn (null until then). */
    private final Map<Tile, Map<ConnectionEdge, EdgeSketch>> members = new IdentityHashMap<>();
    private final Set<Tile> drawn = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<ConnectionEdge, Set<Tile>> cellsOf = new IdentityHashMap<>();

    /** Squares of this side (diagram units), their groups children of this layer. */
    EdgeCells(Group layer, double side) {
        this.layer = layer;
        this.side = side;
    }

    /**
     * Files the edge, as it is routed now, in each square its drawing lies in (with a sketch, in a square already
     * drawn) and takes it out of the squares it left. Returns the squares that gained or lost it.
     */
    Set<Tile> place(ConnectionEdge edge) {
        Set<Tile> before = cellsOf.getOrDefault(edge, Set.of());
        Set<Tile> crossed = crossedBy(edge);
        Set<Tile> changed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Tile cell : before) {
            if (!crossed.contains(cell)) {
                leave(cell, edge);
                changed.add(cell);
            }
        }
        for (Tile cell : crossed) {
            if (!before.contains(cell)) {
                members.get(cell).put(edge, drawn.contains(cell) ? sketch(cell, edge) : null);
                changed.add(cell);
            }
        }
        cellsOf.put(edge, crossed);
        return changed;
    }

    /** Takes the edge out of its squares; returns those squares. */
    Set<Tile> remove(ConnectionEdge edge) {
        Set<Tile> before = cellsOf.remove(edge);
        if (before == null) {
            return Set.of();
        }
        before.forEach(cell -> leave(cell, edge));
        return before;
    }

    /**
     * Puts in a square, the first time it is shown, a sketch of each edge lying there: a diagram opens without
     * drawing the squares far from the view. Returns whether sketches were added.
     */
    boolean draw(Tile cell) {
        if (!drawn.add(cell)) {
            return false;
        }
        Map<ConnectionEdge, EdgeSketch> edges = members.get(cell);
        edges.replaceAll((edge, none) -> sketch(cell, edge));
        return !edges.isEmpty();
    }

    /** Every square holding (or having held) an edge. */
    Collection<Tile> cells() {
        return Collections.unmodifiableCollection(cells.values());
    }

    private EdgeSketch sketch(Tile cell, ConnectionEdge edge) {
        EdgeSketch sketch = edge.newSketch();
        cell.put(sketch, cell.extent());
        return sketch;
    }

    private void leave(Tile cell, ConnectionEdge edge) {
        EdgeSketch sketch = members.get(cell).remove(edge);
        if (sketch != null) {
            cell.remove(sketch);
            edge.forget(sketch);
        }
    }

    private Set<Tile> crossedBy(ConnectionEdge edge) {
        Box extent = edge.extent();
        Set<Tile> crossed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (long column = index(extent.x()); column <= index(extent.maxX()); column++) {
            for (long row = index(extent.y()); row <= index(extent.maxY()); row++) {
                Box square = new Box(column * side, row * side, side, side);
                if (edge.drawsIn(square)) {
                    crossed.add(cells.computeIfAbsent(column << 32 | row & 0xFFFFFFFFL, key -> newCell(square)));
                }
            }
        }
        return crossed;
    }

    private Tile newCell(Box square) {
        Tile cell = new Tile(TileKind.EDGE_SKETCHES, square);
        cell.group().setClip(new Rectangle(square.x(), square.y(), square.width(), square.height()));
        layer.getChildren().add(cell.group());
        members.put(cell, new HashMap<>());
        return cell;
    }

    private long index(double coordinate) {
        return (long) Math.floor(coordinate / side);
    }
}
