package studio.serverless.canvas.icon;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;

/**
 * Turns one drawing element into a recipe for a JavaFX shape. Attributes are read and checked when the icon is
 * loaded, so a broken icon fails at start-up; the recipe makes a fresh shape each time the icon is shown.
 */
final class SvgShapes {

    /** The drawing elements the loader understands (besides the {@code svg} root and {@code g} groups). */
    static final List<String> ELEMENTS = List.of("rect", "circle", "polygon", "path");

    private static final Pattern PATH_DATA = Pattern.compile("\\s*[Mm][MmLlHhVvCcSsQqTtAaZz0-9eE.,+\\-\\s]*");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[\\s,]+");

    private SvgShapes() {
    }

    /** The recipe for the element's shape, drawn with the paint; refuses elements outside the subset. */
    static Supplier<Shape> recipe(SvgElement element, SvgPaint paint) {
        return switch (element.name()) {
            case "rect" -> rect(element, paint);
            case "circle" -> circle(element, paint);
            case "polygon" -> polygon(element, paint);
            case "path" -> path(element, paint);
            default -> throw SvgIconLoader.unsupported(element);
        };
    }

    private static Supplier<Shape> rect(SvgElement element, SvgPaint paint) {
        element.allowOnly(with("x", "y", "width", "height", "rx", "ry"));
        double x = element.number("x", 0);
        double y = element.number("y", 0);
        double width = element.requiredNumber("width");
        double height = element.requiredNumber("height");
        double rx = element.number("rx", element.number("ry", 0));
        double ry = element.number("ry", rx);
        return () -> {
            Rectangle rectangle = new Rectangle(x, y, width, height);
            rectangle.setArcWidth(rx * 2);
            rectangle.setArcHeight(ry * 2);
            return paint.applyTo(rectangle);
        };
    }

    private static Supplier<Shape> circle(SvgElement element, SvgPaint paint) {
        element.allowOnly(with("cx", "cy", "r"));
        double cx = element.number("cx", 0);
        double cy = element.number("cy", 0);
        double r = element.requiredNumber("r");
        return () -> paint.applyTo(new Circle(cx, cy, r));
    }

    private static Supplier<Shape> polygon(SvgElement element, SvgPaint paint) {
        element.allowOnly(with("points"));
        String points = element.attribute("points").orElseThrow(() -> element.error("needs the attribute points"));
        double[] coordinates;
        try {
            coordinates = LIST_SEPARATOR.splitAsStream(points.trim()).mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            throw element.error("has points=\"" + points + "\"; expected numbers separated by commas or spaces");
        }
        if (coordinates.length < 6 || coordinates.length % 2 != 0) {
            throw element.error("has " + coordinates.length + " coordinates in points; expected x,y pairs, at least 3");
        }
        return () -> paint.applyTo(new Polygon(Arrays.copyOf(coordinates, coordinates.length)));
    }

    private static Supplier<Shape> path(SvgElement element, SvgPaint paint) {
        element.allowOnly(with("d"));
        String data = element.attribute("d").orElseThrow(() -> element.error("needs the attribute d"));
        if (!PATH_DATA.matcher(data).matches()) {
            throw element.error("has d=\"" + data + "\", which is not SVG path data starting with M");
        }
        return () -> {
            SVGPath path = new SVGPath();
            path.setContent(data);
            return paint.applyTo(path);
        };
    }

    private static Set<String> with(String... geometry) {
        Set<String> allowed = new HashSet<>(SvgPaint.ATTRIBUTES);
        allowed.addAll(List.of(geometry));
        return allowed;
    }
}
