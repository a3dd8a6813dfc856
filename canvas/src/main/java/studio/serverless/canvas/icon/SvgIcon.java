package studio.serverless.canvas.icon;

import java.util.List;
import java.util.function.Supplier;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Shape;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * A loaded SVG icon: its view box and the recipes of its shapes in drawing order. Each {@link #node(double)} is
 * a new node, since a JavaFX node can sit in only one place of a scene.
 */
public final class SvgIcon {

    private final String source;
    private final ViewBox viewBox;
    private final List<Supplier<Shape>> shapes;

    SvgIcon(String source, ViewBox viewBox, List<Supplier<Shape>> shapes) {
        this.source = source;
        this.viewBox = viewBox;
        this.shapes = List.copyOf(shapes);
    }

    /** Where the icon was read from, as used in error messages (e.g. {@code lambda.svg}). */
    public String source() {
        return source;
    }

    /** The region of the drawing shown: the root element's {@code viewBox}. */
    public ViewBox viewBox() {
        return viewBox;
    }

    /**
     * A new node showing the icon scaled to fit a square of {@code size} pixels: a pane of exactly that size,
     * style class {@code svg-icon}, holding a group of the shapes.
     */
    public Node node(double size) {
        Group drawing = new Group(shapes.stream().map(Supplier::get).toArray(Node[]::new));
        double scale = size / Math.max(viewBox.width(), viewBox.height());
        drawing.getTransforms().addAll(new Scale(scale, scale, 0, 0), new Translate(-viewBox.x(), -viewBox.y()));
        Pane icon = new Pane(drawing);
        icon.getStyleClass().add("svg-icon");
        icon.setMinSize(size, size);
        icon.setPrefSize(size, size);
        icon.setMaxSize(size, size);
        icon.resize(size, size);
        return icon;
    }

    /** An SVG {@code viewBox}: the drawing's coordinates that map onto the icon's square. */
    public record ViewBox(double x, double y, double width, double height) {
    }
}
