package studio.serverless.canvas.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import studio.serverless.canvas.geometry.Box;

/**
 * Which elements lie where, on a grid of square cells: an element is filed under every cell its box touches, so
 * the elements near an area are found without looking at all the others. Culling uses it to re-check only what
 * lies around the old and the new visible area when the view pans or zooms, instead of all 3,000 figures and
 * edges of a large diagram on each step.
 *
 * @param <T> the kind of element (compared by identity)
 */
final class SpatialIndex<T> {

    /** The side of a cell in diagram units: two columns or four rows of a laid-out diagram. */
    static final double CELL = 480;

    private final Map<Long, Set<T>> cells = new HashMap<>();
    private final Map<T, Box> boxes = new IdentityHashMap<>();

    /** Files an element under the cells of its box, replacing where it was filed before. */
    void put(T element, Box box) {
        Box before = boxes.put(element, box);
        if (before != null) {
            if (cellsOf(before).equals(cellsOf(box))) {
                return;
            }
            cellsOf(before).forEach(cell -> removeFrom(cell, element));
        }
        cellsOf(box).forEach(cell -> cells.computeIfAbsent(cell, key -> new LinkedHashSet<>()).add(element));
    }

    /** Forgets an element. */
    void remove(T element) {
        Box before = boxes.remove(element);
        if (before != null) {
            cellsOf(before).forEach(cell -> removeFrom(cell, element));
        }
    }

    /** Calls the action once for every element filed under a cell that this area touches (and maybe a few more). */
    void near(Box area, Consumer<T> action) {
        Set<T> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (long cell : cellsOf(area)) {
            Set<T> elements = cells.get(cell);
            if (elements != null) {
                for (T element : elements) {
                    if (seen.add(element)) {
                        action.accept(element);
                    }
                }
            }
        }
    }

    private void removeFrom(long cell, T element) {
        Set<T> elements = cells.get(cell);
        if (elements != null && elements.remove(element) && elements.isEmpty()) {
            cells.remove(cell);
        }
    }

    private static List<Long> cellsOf(Box box) {
        int minColumn = index(box.x());
        int maxColumn = index(box.maxX());
        int minRow = index(box.y());
        int maxRow = index(box.maxY());
        List<Long> keys = new ArrayList<>((maxColumn - minColumn + 1) * (maxRow - minRow + 1));
        for (int column = minColumn; column <= maxColumn; column++) {
            for (int row = minRow; row <= maxRow; row++) {
                keys.add(((long) column << 32) | (row & 0xFFFFFFFFL));
            }
        }
        return keys;
    }

    private static int index(double coordinate) {
        return (int) Math.floor(coordinate / CELL);
    }
}
