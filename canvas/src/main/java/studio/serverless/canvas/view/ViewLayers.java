package studio.serverless.canvas.view;

import javafx.scene.Group;
import javafx.scene.layout.Pane;

/**
 * The content of the viewport, in diagram coordinates: edges below figures, and an overlay on top for the rubber
 * band and the rubber line (which never catches the mouse, so the figure under the pointer can be found).
 */
public final class ViewLayers {

    private final Group edges = new Group();
    private final Group figures = new Group();
    private final Group overlay = new Group();
    private final Pane content = new Pane(edges, figures, overlay);

    /** Empty layers. */
    public ViewLayers() {
        content.getStyleClass().add("diagram-content");
        content.setPickOnBounds(false);
        overlay.setMouseTransparent(true);
    }

    /** The pane holding all layers; the viewport scales and moves it. */
    public Pane content() {
        return content;
    }

    /** The layer of connection edges. */
    public Group edges() {
        return edges;
    }

    /** The layer of service figures. */
    public Group figures() {
        return figures;
    }

    /** The layer of transient feedback (rubber band, rubber line); not mouse-sensitive. */
    public Group overlay() {
        return overlay;
    }
}
