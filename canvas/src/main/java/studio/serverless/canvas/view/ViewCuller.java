package studio.serverless.canvas.view;

import java.util.Map;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.util.Duration;
import studio.serverless.canvas.geometry.Box;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.ServiceId;

/**
 * Applies {@link ViewCulling} to the figures and edges of a {@link DiagramView} as the view pans and zooms: it
 * knows where each one lies ({@link SpatialIndex}), so a change of the culled area re-checks only what is near the
 * old or the new area; it caches the content as one bitmap once settled, and settles the zoom
 * {@value #SETTLE_MILLIS} ms after its last step.
 */
final class ViewCuller {

    /** How long after the last zoom step the bitmaps are drawn anew at the zoom reached. */
    static final int SETTLE_MILLIS = 250;

    private final ViewCulling culling = new ViewCulling();
    private final SpatialIndex<Node> places = new SpatialIndex<>();
    private final Map<ServiceId, ServiceFigure> figures;
    private final Map<ConnectionId, ConnectionEdge> edges;
    private final Pane content;
    /** Made on the first zoom: an export's view never zooms. */
    private PauseTransition settleTimer;

    /** Culls these views (the live maps of the diagram view) and caches this content pane. */
    ViewCuller(Map<ServiceId, ServiceFigure> figures, Map<ConnectionId, ConnectionEdge> edges, Pane content) {
        this.figures = figures;
        this.edges = edges;
        this.content = content;
    }

    /** See {@link DiagramView#cullTo}. */
    void cullTo(Box visibleArea, double zoom) {
        Box before = culling.area();
        ViewCulling.Change change = culling.update(visibleArea, zoom);
        if (change.zoom()) {
            settleTimer().playFromStart();
        }
        if (change.area() || change.detail()) {
            applyCulling(before);
        }
        content.setCache(!culling.zooming());
        if (change.detail()) {
            content.requestLayout();
        }
    }

    /** Notes where a figure is now (new or moved) and culls it. */
    void placed(ServiceFigure figure) {
        places.put(figure, figure.box());
        culling.apply(figure);
    }

    /** Notes where an edge is now (new or rerouted) and culls it. */
    void placed(ConnectionEdge edge, Box source, Box target) {
        places.put(edge, source.union(target));
        culling.apply(edge, source, target);
    }

    /** Forgets a removed figure or edge. */
    void removed(Node view) {
        places.remove(view);
    }

    /** Stops the settle timer. */
    void dispose() {
        if (settleTimer != null) {
            settleTimer.stop();
        }
    }

    /**
     * Culls anew what may have changed since the culled area was {@code before}: only the figures and edges near
     * the old or the new area (what is far from both stays hidden), or all of them when either is unbounded.
     */
    private void applyCulling(Box before) {
        Box after = culling.area();
        if (before == null || after == null) {
            figures.values().forEach(culling::apply);
            edges.values().forEach(this::cull);
        } else {
            places.near(before.union(after), this::cull);
        }
        content.setCache(!culling.zooming());
    }

    private void cull(Node view) {
        if (view instanceof ServiceFigure figure) {
            culling.apply(figure);
        } else if (view instanceof ConnectionEdge edge) {
            cull(edge);
        }
    }

    private void cull(ConnectionEdge edge) {
        var connection = edge.connection();
        culling.apply(edge, figures.get(connection.source()).box(), figures.get(connection.target()).box());
    }

    private PauseTransition settleTimer() {
        if (settleTimer == null) {
            settleTimer = new PauseTransition(Duration.millis(SETTLE_MILLIS));
            settleTimer.setOnFinished(event -> {
                Box before = culling.area();
                if (culling.settle()) {
                    applyCulling(before);
                }
            });
        }
        return settleTimer;
    }
}
