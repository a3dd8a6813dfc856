package studio.serverless.canvas.view;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;

/**
 * Tiles that came into the culled area but not into view yet (the margin a pan will reach), shown one a frame
 * rather than all in the frame that culled anew: showing a tile puts its parts in the scene and draws its bitmap, and
 * a column of tiles at once made that frame several times slower than the others (decision 0039).
 */
final class TileQueue {

    private final Pane content;
    private final Consumer<Tile> show;
    private final Set<Tile> pending = new LinkedHashSet<>();
    private final Runnable showNext = this::showNext;
    private Scene listeningTo;

    /** A queue for the view of this content, showing a tile with this action. */
    TileQueue(Pane content, Consumer<Tile> show) {
        this.content = content;
        this.show = show;
    }

    /** Shows this tile in a coming frame (at once when the view is not in a scene). */
    void add(Tile tile) {
        pending.add(tile);
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
        return pending.contains(tile);
    }

    private void showNext() {
        Iterator<Tile> next = pending.iterator();
        if (next.hasNext()) {
            Tile tile = next.next();
            next.remove();
            show.accept(tile);
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
