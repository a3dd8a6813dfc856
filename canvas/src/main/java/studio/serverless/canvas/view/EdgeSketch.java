package studio.serverless.canvas.view;

import java.util.List;
import java.util.Set;

import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Text;

/**
 * What the user sees of a {@link ConnectionEdge} in one square of the diagram ({@link EdgeCells}): a copy of its
 * line, arrowhead and label, clipped by the square's group, in the edge's category and selection or validation
 * state. An edge crossing three squares has three sketches; the edge itself stays in the scene undrawn, for picking,
 * tooltips and its id (decision 0039). The edge keeps its sketches' shape and state; the square's culling sets how
 * much of it is drawn.
 */
final class EdgeSketch extends Group {

    private final Line line = new Line();
    private final Polygon arrow = new Polygon();
    private final Text label = new Text();
    private final List<Double> dashes;
    private boolean detailed = true;
    private boolean drawnByCell;

    /** A sketch with these style classes (the edge's category) and this dash pattern when detailed. */
    EdgeSketch(List<String> styleClasses, List<Double> dashes) {
        this.dashes = dashes;
        getStyleClass().add("edge-sketch");
        getStyleClass().addAll(styleClasses);
        line.getStyleClass().add("edge-line");
        arrow.getStyleClass().add("edge-arrow");
        label.getStyleClass().add("edge-label");
        line.getStrokeDashArray().setAll(dashes);
        setMouseTransparent(true);
        setAutoSizeChildren(false);
        refreshParts();
    }

    /** Copies the edge's drawing: where its line, arrowhead and label are, the label's text, its pseudo-classes. */
    void copy(Line edgeLine, Polygon edgeArrow, Text edgeLabel, Set<PseudoClass> states) {
        line.setStartX(edgeLine.getStartX());
        line.setStartY(edgeLine.getStartY());
        line.setEndX(edgeLine.getEndX());
        line.setEndY(edgeLine.getEndY());
        arrow.getPoints().setAll(edgeArrow.getPoints());
        label.setText(edgeLabel.getText());
        label.setLayoutX(edgeLabel.getLayoutX());
        label.setLayoutY(edgeLabel.getLayoutY());
        for (PseudoClass state : ConnectionEdge.STATES) {
            pseudoClassStateChanged(state, states.contains(state));
        }
    }

    /** Draws the label, arrowhead and dashes (true), or the line alone, plain (false: zoomed far out or zooming). */
    void setDetailed(boolean newDetailed) {
        if (detailed != newDetailed) {
            detailed = newDetailed;
            line.getStrokeDashArray().setAll(detailed ? dashes : List.of());
            refreshParts();
        }
    }

    /** Lets the square draw the line in its path of plain lines (true, while zooming), or draws it itself. */
    void setDrawnByCell(boolean byCell) {
        if (drawnByCell != byCell) {
            drawnByCell = byCell;
            refreshParts();
        }
    }

    /** Antialiases the line and arrowhead (at rest) or not (while zooming: software rendering's largest cost). */
    void setSmooth(boolean smooth) {
        line.setSmooth(smooth);
        arrow.setSmooth(smooth);
    }

    /** Whether the line can be drawn as a grey line in the square's plain path: not when selected or marked. */
    boolean isPlainInPath() {
        return getPseudoClassStates().isEmpty();
    }

    /** Adds the line to a path of plain lines. */
    void addLineTo(Path path) {
        path.getElements().addAll(new MoveTo(line.getStartX(), line.getStartY()),
                new LineTo(line.getEndX(), line.getEndY()));
    }

    private void refreshParts() {
        if (drawnByCell) {
            getChildren().clear();
        } else {
            getChildren().setAll(detailed ? List.of(line, arrow, label) : List.of(line));
            ServiceFigure.applyCssIfShown(this);
        }
    }
}
