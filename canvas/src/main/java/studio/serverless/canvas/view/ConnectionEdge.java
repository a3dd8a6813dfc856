package studio.serverless.canvas.view;

import java.util.List;
import java.util.Locale;

import javafx.css.PseudoClass;
import javafx.scene.CacheHint;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Text;
import studio.serverless.canvas.geometry.Box;
import studio.serverless.canvas.geometry.EdgeGeometry;
import studio.serverless.canvas.geometry.EdgeRoute;
import studio.serverless.model.catalog.ConnectionCategory;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.validation.Severity;

/**
 * The edge of one connection: a line from figure to figure with an arrowhead and a short label. Its style
 * classes are {@code connection-edge} and the category in lower case ({@code trigger} solid, {@code access}
 * dashed, {@code destination} dotted); its id is {@code connection-<connection id>}.
 */
public final class ConnectionEdge extends Group {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
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
    private boolean drawnByTile;

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

    /**
     * Lets the edge's tile draw its line in a path of plain lines (true, while zooming): the edge stays shown but
     * puts no parts of its own in the scene; or draws the edge itself (false).
     */
    void setDrawnByTile(boolean byTile) {
        if (drawnByTile != byTile) {
            drawnByTile = byTile;
            refreshParts();
        }
    }

    /** Puts in the scene the parts drawn now: none when culled or drawn by its tile, only the line when plain. */
    private void refreshParts() {
        if (culled || drawnByTile) {
            getChildren().clear();
        } else {
            getChildren().setAll(detailed ? List.of(line, arrow, label) : List.of(line));
            ServiceFigure.applyCssIfShown(this);
        }
    }

    /**
     * Keeps the label as a bitmap (true) or draws it each frame (false), like {@link ServiceFigure#setBitmapCache}:
     * text under a zoom other than 100% is drawn glyph outline by glyph outline, which software rendering does
     * slowly. The line and arrowhead are drawn each frame (an edge's bitmap could be large).
     */
    public void setBitmapCache(boolean cached, CacheHint hint) {
        label.setCache(cached);
        label.setCacheHint(hint);
    }

    /**
     * Draws the line and arrowhead antialiased (true, at rest) or not (false, while zooming): software rendering
     * spends most of a zoom step on antialiasing the edges.
     */
    public void setSmoothLine(boolean smooth) {
        line.setSmooth(smooth);
        arrow.setSmooth(smooth);
    }

    /**
     * Whether the edge can be drawn as part of a plain path of grey lines while zooming: not when it is selected or
     * marked, which shows in its colour.
     */
    public boolean isPlainInPath() {
        return getPseudoClassStates().isEmpty();
    }

    /** Adds the edge's line to a path of plain lines. */
    void addLineTo(Path path) {
        path.getElements().addAll(new MoveTo(line.getStartX(), line.getStartY()),
                new LineTo(line.getEndX(), line.getEndY()));
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
    }

    /** Marks the edge as concerned by validation problems, or not when the mark is null. */
    public void setMark(DiagnosticMark mark) {
        pseudoClassStateChanged(ERROR, mark != null && mark.worst() == Severity.ERROR);
        pseudoClassStateChanged(WARNING, mark != null && mark.worst() == Severity.WARNING);
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
