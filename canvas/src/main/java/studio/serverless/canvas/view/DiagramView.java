package studio.serverless.canvas.view;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.collections.SetChangeListener;
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

    private final Diagram diagram;
    private final SelectionModel selection;
    private final ViewLayers layers = new ViewLayers();
    private final Map<ServiceId, ServiceFigure> figures = new HashMap<>();
    private final Map<ConnectionId, ConnectionEdge> edges = new HashMap<>();
    private final EdgeIndex edgeIndex = new EdgeIndex();
    private final ViewCuller culler = new ViewCuller(layers);
    private Map<ElementId, DiagnosticMark> marks = Map.of();
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
            culler.placed(figure);
            rerouteEdgesOf(id, false);
        }
    }

    /**
     * Draws only the tiles that lie in (or near) this diagram area, and leaves out text and icons when the zoom is too
     * small to read them; the editor calls it on every pan and zoom. A view never told draws everything (an export).
     * Once the zoom settles, each tile drawn is cached as a bitmap (zoomed far out, the whole content is one), so a
     * pan draws anew only the tiles coming into view. While the zoom changes, figures are plain boxes and edges plain
     * lines (see {@link ViewCulling}), drawn in detail again a quarter of a second after the last change.
     */
    public void cullTo(Box visibleArea, double zoom) {
        culler.cullTo(visibleArea, zoom);
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
        culler.dispose();
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

    private void addFigure(Service service) {
        ServiceFigure figure = new ServiceFigure(service, icons);
        figures.put(service.id(), figure);
        figure.setSelected(selection.isSelected(service.id()));
        figure.setMark(marks.get(service.id()));
        culler.placed(figure);
    }

    private void removeFigure(ServiceId id) {
        ServiceFigure figure = figures.remove(id);
        culler.removed(figure);
        selection.elements().remove(id);
    }

    private void updateFigure(Service service) {
        ServiceFigure figure = figures.get(service.id());
        boolean moved = !figure.box().equals(FigureGeometry.boxAt(service.position()));
        figure.update(service);
        culler.refiled(figure);
        if (moved) {
            rerouteEdgesOf(service.id(), true);
        }
    }

    private void addEdge(Connection connection) {
        ConnectionEdge edge = new ConnectionEdge(connection);
        edges.put(connection.id(), edge);
        edgeIndex.add(connection);
        reroute(edge, true);
        edge.setSelected(selection.isSelected(connection.id()));
        edge.setMark(marks.get(connection.id()));
    }

    private void removeEdge(Connection connection) {
        ConnectionEdge edge = edges.remove(connection.id());
        culler.removed(edge);
        edgeIndex.remove(connection);
        selection.elements().remove(connection.id());
    }

    private void updateEdge(Connection before, Connection after) {
        edgeIndex.remove(before);
        edgeIndex.add(after);
        ConnectionEdge edge = edges.get(after.id());
        edge.update(after);
        reroute(edge, true);
    }

    /** Reroutes the edges of a figure; {@code refile} when the model moved it, not a drag preview. */
    private void rerouteEdgesOf(ServiceId id, boolean refile) {
        for (ConnectionId connectionId : edgeIndex.of(id)) {
            reroute(edges.get(connectionId), refile);
        }
    }

    private void reroute(ConnectionEdge edge, boolean refile) {
        Connection connection = edge.connection();
        Box source = figures.get(connection.source()).box();
        Box target = figures.get(connection.target()).box();
        edge.route(source, target);
        culler.placed(edge, source, target, refile);
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
