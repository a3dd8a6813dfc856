package studio.serverless.app.desktop.problems;

import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Shape;
import studio.serverless.model.validation.Severity;

/** The small shape of a severity: a red disc for errors, an amber triangle for warnings, a blue disc for notes. */
final class SeverityIcon {

    private SeverityIcon() {
    }

    /** A new icon node (style class {@code severity-icon} and {@code severity-<label>}). */
    static Node of(Severity severity) {
        Shape shape = switch (severity) {
            case ERROR -> new Circle(6, Color.web("#D13212"));
            case WARNING -> triangle();
            case INFO -> new Circle(6, Color.web("#1E88E5"));
        };
        shape.getStyleClass().addAll("severity-icon", "severity-" + severity.label());
        return shape;
    }

    private static Shape triangle() {
        Polygon triangle = new Polygon(6, 0, 12, 11, 0, 11);
        triangle.setFill(Color.web("#F89C0E"));
        return triangle;
    }
}
