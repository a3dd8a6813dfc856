package studio.serverless.canvas.view;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;

/**
 * Tiles that came into the culled area but not into view yet (the margin a pan will reach), shown one a frame
 * rather than all in the frame that culled anew: showing a tile puts its parts in the scene and draws its bitmap, and
 * a column of tiles at once made that frame several times slower than the others (decision 0039).
 */
final class TileQueue {

    private final Pane content;
    private final BiConsumer<Tile, Boolean> show;
    private final Map<Tile, Boolean> pending = new LinkedHashMap<>();
    private final Runnable showNext = this::showNext;
    private Scene listeningTo;

    /** A queue for the view of this content, showing a tile (and whether it holds edges) with this action. */
    TileQueue(Pane content, BiConsumer<Tile, Boolean> show) {
        this.content = content;
        this.show = show;
    }

    /** Shows this tile in a coming frame (at once when the view is not in a scene). */
    void add(Tile tile, boolean edges) {
        pending.put(tile, edges);
        Scene scene = content.getScene();
        if (scene == null) {
            while (!pending.isEmpty()) {
                showNext();
            }
        } else if (listeningTo == null) {
            listeningTo = scene;
            scene.addPostLayoutPulseListener(showNext);
            content.requestLayout();
        }
    }

    /** Forgets a tile shown or hidden since it was added. */
    void remove(Tile tile) {
        pending.remove(tile);
    }

    /** Forgets every tile and stops listening to frames. */
    void clear() {
        pending.clear();
        stopListening();
    }

    /** Whether a tile waits to be shown. */
    boolean holds(Tile tile) {
        return pending.containsKey(tile);
    }

    private void showNext() {
        Iterator<Map.Entry<Tile, Boolean>> next = pending.entrySet().iterator();
        if (next.hasNext()) {
            Map.Entry<Tile, Boolean> entry = next.next();
            next.remove();
            show.accept(entry.getKey(), entry.getValue());
        }
        if (pending.isEmpty()) {
            stopListening();
        } else {
            content.requestLayout();
        }
    }

    private void stopListening() {
        if (listeningTo != null) {
            listeningTo.removePostLayoutPulseListener(showNext);
            listeningTo = null;
        }
    }
}
