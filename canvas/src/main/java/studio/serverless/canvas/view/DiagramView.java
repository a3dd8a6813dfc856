package studio.serverless.canvas.view;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.animation.PauseTransition;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.util.Duration;
import studio.serverless.canvas.geometry.Box;
import studio.serverless.canvas.geometry.FigureGeometry;
import studio.serverless.canvas.selection.SelectionModel;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.DiagramEvent;
import studio.serverless.model.diagram.DiagramListener;
import studio.serverless.model.diagram.ElementId;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Diagnostic;

/**
 * Keeps the figures and edges in step with a diagram: each model event adds, removes or updates exactly the
 * views concerned (no rebuild), a moved figure reroutes only its own edges, and selection and validation marks
 * show on the views of the elements concerned.
 */
public final class DiagramView implements DiagramListener {

    /** How long after the last zoom step the bitmaps are drawn anew at the zoom reached. */
    static final int SETTLE_MILLIS = 250;

    private final Diagram diagram;
    private final SelectionModel selection;
    private final ViewLayers layers = new ViewLayers();
    private final Map<ServiceId, ServiceFigure> figures = new HashMap<>();
    private final Map<ConnectionId, ConnectionEdge> edges = new HashMap<>();
    private final EdgeIndex edgeIndex = new EdgeIndex();
    private final ViewCulling culling = new ViewCulling();
    private final SpatialIndex<Node> places = new SpatialIndex<>();
    private Map<ElementId, DiagnosticMark> marks = Map.of();
    /** Made on the first zoom: an export's view never zooms. */
    private PauseTransition settleTimer;
    private IconFactory icons;

    /** Views of every element of the diagram, listening to it from now on (until {@link #dispose}). */
    public DiagramView(Diagram diagram, SelectionModel selection, IconFactory icons) {
        this.diagram = diagram;
        this.selection = selection;
        this.icons = icons;
        diagram.services().forEach(this::addFigure);
        diagram.connections().forEach(this::addEdge);
        diagram.addListener(this);
        selection.elements().addListener(this::selectionChanged);
    }

    /** The layers holding the views. */
    public ViewLayers layers() {
        return layers;
    }

    /** The figure of a service, if it is shown. */
    public Optional<ServiceFigure> figure(ServiceId id) {
        return Optional.ofNullable(figures.get(id));
    }

    /** The edge of a connection, if it is shown. */
    public Optional<ConnectionEdge> edge(ConnectionId id) {
        return Optional.ofNullable(edges.get(id));
    }

    /** All figures, for rubber-band selection and fitting; unmodifiable. */
    public Collection<ServiceFigure> figures() {
        return Collections.unmodifiableCollection(figures.values());
    }

    /** Moves a figure without changing the model (a drag preview) and reroutes its edges. */
    public void previewMove(ServiceId id, Point position) {
        ServiceFigure figure = figures.get(id);
        if (figure != null) {
            figure.moveTo(position);
            places.put(figure, figure.box());
            culling.apply(figure);
            rerouteEdgesOf(id);
        }
    }

    /**
     * Draws only what lies in (or near) this diagram area, and leaves out text and icons when the zoom is too small
     * to read them; the editor calls it on every pan and zoom. A view never told draws everything (an export).
     * Once the zoom settles, what is drawn is cached as one bitmap, which a pan only moves. While the zoom changes,
     * figures and labels are scaled bitmaps (see {@link ViewCulling}), drawn sharp again a quarter of a second
     * after the last change.
     */
    public void cullTo(Box visibleArea, double zoom) {
        Box before = culling.area();
        ViewCulling.Change change = culling.update(visibleArea, zoom);
        if (change.zoom()) {
            settleTimer().playFromStart();
        }
        if (change.area() || change.detail()) {
            applyCulling(before);
        }
        layers.content().setCache(!culling.zooming());
        if (change.detail()) {
            layers.content().requestLayout();
        }
    }

    /** Shows these diagnostics as badges and marked edges, replacing the previous ones. */
    public void setDiagnostics(List<Diagnostic> diagnostics) {
        Map<ElementId, DiagnosticMark> previous = marks;
        marks = DiagnosticMarks.of(diagnostics);
        previous.keySet().stream().filter(id -> !marks.containsKey(id)).forEach(id -> applyMark(id, null));
        marks.forEach(this::applyMark);
    }

    /** Shows new icons from this factory in every figure. */
    public void setIconFactory(IconFactory newIcons) {
        icons = newIcons;
        figures.values().forEach(figure -> figure.setIcon(newIcons.icon(
                diagram.require(figure.serviceId()).kind(), FigureGeometry.ICON_SIZE)));
    }

    /** Stops listening to the diagram. */
    public void dispose() {
        diagram.removeListener(this);
        if (settleTimer != null) {
            settleTimer.stop();
        }
    }

    @Override
    public void diagramChanged(DiagramEvent event) {
        if (event instanceof DiagramEvent.ServiceAdded added) {
            addFigure(added.service());
        } else if (event instanceof DiagramEvent.ServiceRemoved removed) {
            removeFigure(removed.service().id());
        } else if (event instanceof DiagramEvent.ServiceChanged changed) {
            updateFigure(changed.after());
        } else if (event instanceof DiagramEvent.ConnectionAdded added) {
            addEdge(added.connection());
        } else if (event instanceof DiagramEvent.ConnectionRemoved removed) {
            removeEdge(removed.connection());
        } else if (event instanceof DiagramEvent.ConnectionChanged changed) {
            updateEdge(changed.before(), changed.after());
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
        layers.content().setCache(!culling.zooming());
    }

    private void cull(Node node) {
        if (node instanceof ServiceFigure figure) {
            culling.apply(figure);
        } else if (node instanceof ConnectionEdge edge) {
            cull(edge);
        }
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

    private void addFigure(Service service) {
        ServiceFigure figure = new ServiceFigure(service, icons);
        figures.put(service.id(), figure);
        places.put(figure, figure.box());
        layers.figures().getChildren().add(figure);
        figure.setSelected(selection.isSelected(service.id()));
        figure.setMark(marks.get(service.id()));
        culling.apply(figure);
    }

    private void removeFigure(ServiceId id) {
        ServiceFigure figure = figures.remove(id);
        places.remove(figure);
        layers.figures().getChildren().remove(figure);
        selection.elements().remove(id);
    }

    private void updateFigure(Service service) {
        ServiceFigure figure = figures.get(service.id());
        boolean moved = !figure.box().equals(FigureGeometry.boxAt(service.position()));
        figure.update(service);
        places.put(figure, figure.box());
        culling.apply(figure);
        if (moved) {
            rerouteEdgesOf(service.id());
        }
    }

    private void addEdge(Connection connection) {
        ConnectionEdge edge = new ConnectionEdge(connection);
        edges.put(connection.id(), edge);
        edgeIndex.add(connection);
        layers.edges().getChildren().add(edge);
        reroute(edge);
        edge.setSelected(selection.isSelected(connection.id()));
        edge.setMark(marks.get(connection.id()));
    }

    private void removeEdge(Connection connection) {
        ConnectionEdge edge = edges.remove(connection.id());
        places.remove(edge);
        layers.edges().getChildren().remove(edge);
        edgeIndex.remove(connection);
        selection.elements().remove(connection.id());
    }

    private void updateEdge(Connection before, Connection after) {
        edgeIndex.remove(before);
        edgeIndex.add(after);
        ConnectionEdge edge = edges.get(after.id());
        edge.update(after);
        reroute(edge);
    }

    private void rerouteEdgesOf(ServiceId id) {
        for (ConnectionId connectionId : edgeIndex.of(id)) {
            reroute(edges.get(connectionId));
        }
    }

    private void reroute(ConnectionEdge edge) {
        Connection connection = edge.connection();
        Box source = figures.get(connection.source()).box();
        Box target = figures.get(connection.target()).box();
        edge.route(source, target);
        places.put(edge, source.union(target));
        culling.apply(edge, source, target);
    }

    private void cull(ConnectionEdge edge) {
        Connection connection = edge.connection();
        culling.apply(edge, figures.get(connection.source()).box(), figures.get(connection.target()).box());
    }

    private void applyMark(ElementId id, DiagnosticMark mark) {
        if (id instanceof ServiceId serviceId) {
            figure(serviceId).ifPresent(figure -> figure.setMark(mark));
        } else if (id instanceof ConnectionId connectionId) {
            edge(connectionId).ifPresent(edge -> edge.setMark(mark));
        }
    }

    private void selectionChanged(SetChangeListener.Change<? extends ElementId> change) {
        ElementId id = change.wasAdded() ? change.getElementAdded() : change.getElementRemoved();
        boolean selected = change.wasAdded();
        if (id instanceof ServiceId serviceId) {
            figure(serviceId).ifPresent(figure -> figure.setSelected(selected));
        } else if (id instanceof ConnectionId connectionId) {
            edge(connectionId).ifPresent(edge -> edge.setSelected(selected));
        }
    }
}
