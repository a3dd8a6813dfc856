package studio.serverless.canvas.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Text;
import studio.serverless.canvas.geometry.Box;
import studio.serverless.canvas.geometry.EdgeGeometry;
import studio.serverless.canvas.geometry.EdgeRoute;
import studio.serverless.model.catalog.ConnectionCategory;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.validation.Severity;

/**
 * The edge of one connection: a line from figure to figure with an arrowhead and a short label. Its style
 * classes are {@code connection-edge} and the category in lower case ({@code trigger} solid, {@code access}
 * dashed, {@code destination} dotted); its id is {@code connection-<connection id>}.
 *
 * <p>The edge itself is never drawn (its opacity is zero): it stays in the scene for picking, its tooltip and its
 * id, and each square of the diagram it crosses draws a copy of it clipped to the square ({@link EdgeSketch},
 * {@link EdgeCells}), so that a view's every pixel lies under one bitmap of edges rather than under every edge tile
 * reaching there (decision 0039).
 */
public final class ConnectionEdge extends Group {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    /** The pseudo-classes an edge's sketches copy. */
    static final List<PseudoClass> STATES = List.of(SELECTED, ERROR, WARNING);
    /** How far an edge's drawing reaches beyond its line: the arrowhead's length, the selected stroke. */
    private static final double REACH = 14;
    /** The length of line left free of label at its two ends, so a label does not run into the figures. */
    private static final double LABEL_CLEARANCE = 16;

    private final ConnectionId connectionId;
    private final Line line = new Line();
    private final Polygon arrow = new Polygon();
    private final Text label = new Text();
    private final List<Double> dashes;
    private Connection connection;
    private Tooltip tooltip;
    private boolean culled;
    private boolean detailed = true;
    private final List<EdgeSketch> sketches = new ArrayList<>();

    /** An edge showing a connection; call {@link #route} to place it. */
    public ConnectionEdge(Connection connection) {
        this.connectionId = connection.id();
        setId("connection-" + connection.id().value());
        getStyleClass().addAll("connection-edge", connection.type().category().name().toLowerCase(Locale.ROOT));
        line.getStyleClass().add("edge-line");
        arrow.getStyleClass().add("edge-arrow");
        label.getStyleClass().add("edge-label");
        getChildren().addAll(line, arrow, label);
        dashes = dashesOf(connection.type().category());
        line.getStrokeDashArray().setAll(dashes);
        setOpacity(0);
        update(connection);
    }

    /** The id of the connection shown. */
    public ConnectionId connectionId() {
        return connectionId;
    }

    /** The connection as last shown. */
    public Connection connection() {
        return connection;
    }

    /** Shows the connection as it is now (its label, fitted to the line at the next {@link #route}). */
    public void update(Connection changed) {
        connection = changed;
        label.setText(ConnectionLabels.text(changed));
    }

    /** The label text, e.g. "batch 10"; shortened on screen when the line is too short for it. */
    public String labelText() {
        return ConnectionLabels.text(connection);
    }

    /** Draws the edge between the two figures' outlines. */
    public void route(Box source, Box target) {
        EdgeRoute route = EdgeGeometry.route(source, target);
        line.setStartX(route.start().x());
        line.setStartY(route.start().y());
        line.setEndX(route.end().x());
        line.setEndY(route.end().y());
        arrow.getPoints().setAll(route.end().x(), route.end().y(), route.arrowLeft().x(), route.arrowLeft().y(),
                route.arrowRight().x(), route.arrowRight().y());
        double width = LabelFit.fit(label, labelText(), Math.hypot(route.end().x() - route.start().x(),
                route.end().y() - route.start().y()) - LABEL_CLEARANCE);
        label.relocate(route.labelAt().x() - width / 2, route.labelAt().y() - 14);
        redrawSketches();
    }

    /** The box around everything the edge draws: its line, arrowhead and label. */
    Box extent() {
        Box lineBox = Box.spanning(start(), end()).grow(REACH);
        Bounds labelBounds = label.getBoundsInParent();
        return lineBox.union(new Box(labelBounds.getMinX(), labelBounds.getMinY(), labelBounds.getWidth(),
                labelBounds.getHeight()));
    }

    /** Whether any of the edge's drawing lies in this square of the diagram. */
    boolean drawsIn(Box square) {
        Bounds labelBounds = label.getBoundsInParent();
        return square.grow(REACH).crossedBy(start(), end()) || square.intersects(new Box(labelBounds.getMinX(),
                labelBounds.getMinY(), labelBounds.getWidth(), labelBounds.getHeight()));
    }

    /**
     * What draws the edge on screen: one copy of its line, arrowhead and label per square of the diagram it crosses,
     * each clipped to its square (style class {@code edge-sketch}); unmodifiable.
     */
    public List<Node> sketches() {
        return List.copyOf(sketches);
    }

    /** A new copy of the edge's drawing, kept in step with the edge until {@link #forget}. */
    EdgeSketch newSketch() {
        EdgeSketch sketch = new EdgeSketch(getStyleClass().subList(1, getStyleClass().size()), dashes);
        sketches.add(sketch);
        sketch.copy(line, arrow, label, getPseudoClassStates());
        return sketch;
    }

    /** Stops keeping a sketch in step (its square no longer shows the edge). */
    void forget(EdgeSketch sketch) {
        sketches.remove(sketch);
    }

    private void redrawSketches() {
        for (EdgeSketch sketch : sketches) {
            sketch.copy(line, arrow, label, getPseudoClassStates());
        }
    }

    private Point start() {
        return new Point(line.getStartX(), line.getStartY());
    }

    private Point end() {
        return new Point(line.getEndX(), line.getEndY());
    }

    /**
     * Draws the label, arrowhead and dash pattern (true), or a plain line when zoomed far out (false): there a
     * dash is a pixel or two long and costs software rendering more than the rest of the edge.
     */
    public void setDetailed(boolean newDetailed) {
        if (detailed != newDetailed) {
            detailed = newDetailed;
            line.getStrokeDashArray().setAll(detailed ? dashes : List.of());
            refreshParts();
        }
    }

    /** Hides the edge, letting go of its parts (true), or shows it, like {@link ServiceFigure#setCulled}. */
    public void setCulled(boolean hidden) {
        setVisible(!hidden);
        if (culled != hidden) {
            culled = hidden;
            refreshParts();
        }
    }

    /** Puts in the scene the parts that can be picked now: none when culled, only the line when plain. */
    private void refreshParts() {
        if (culled) {
            getChildren().clear();
        } else {
            getChildren().setAll(detailed ? List.of(line, arrow, label) : List.of(line));
            ServiceFigure.applyCssIfShown(this);
        }
    }

    /** Trigger solid, access dashed, destination dotted; set here rather than in CSS so overviews can drop it. */
    private static List<Double> dashesOf(ConnectionCategory category) {
        return switch (category) {
            case TRIGGER -> List.of();
            case ACCESS -> List.of(8.0, 5.0);
            case DESTINATION -> List.of(2.0, 4.0);
        };
    }

    /** Highlights the edge as selected or not. */
    public void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
        redrawSketches();
    }

    /** Marks the edge as concerned by validation problems, or not when the mark is null. */
    public void setMark(DiagnosticMark mark) {
        pseudoClassStateChanged(ERROR, mark != null && mark.worst() == Severity.ERROR);
        pseudoClassStateChanged(WARNING, mark != null && mark.worst() == Severity.WARNING);
        redrawSketches();
        if (mark == null) {
            if (tooltip != null) {
                Tooltip.uninstall(this, tooltip);
            }
            return;
        }
        if (tooltip == null) {
            tooltip = new Tooltip();
        }
        tooltip.setText(mark.tooltip());
        Tooltip.install(this, tooltip);
    }
}
