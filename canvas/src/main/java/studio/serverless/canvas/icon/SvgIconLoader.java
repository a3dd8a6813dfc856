package studio.serverless.canvas.icon;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import javafx.scene.shape.Shape;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an icon drawn in the project's SVG subset: an {@code svg} root with a {@code viewBox}, {@code g} groups,
 * and {@code rect}, {@code circle}, {@code polygon} and {@code path} elements with fill and stroke attributes.
 * Anything else (text, gradients, transforms, CSS, DTDs) is refused with a {@link SvgFormatException} naming
 * the file and the element, rather than drawn wrongly. Why no SVG library: docs/decisions/0015.
 */
public final class SvgIconLoader {

    private static final Set<String> ROOT_ATTRIBUTES = Set.of("viewBox", "width", "height", "version", "id");
    private static final Pattern SEPARATOR = Pattern.compile("[\\s,]+");

    private SvgIconLoader() {
    }

    /** Loads the icon at the URL; errors name the URL's file name. */
    public static SvgIcon load(URL url) {
        String source = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
        try (InputStream in = url.openStream()) {
            return load(in, source);
        } catch (IOException e) {
            throw new SvgFormatException(source, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Loads an icon from a stream; {@code source} names it in error messages. */
    public static SvgIcon load(InputStream in, String source) throws IOException {
        Element root = parse(in, source).getDocumentElement();
        SvgElement svg = new SvgElement(root, source);
        if (!svg.name().equals("svg")) {
            throw svg.error("is not an SVG document: the root element must be <svg>");
        }
        svg.allowOnly(ROOT_ATTRIBUTES);
        List<Supplier<Shape>> shapes = new ArrayList<>();
        collect(svg, SvgPaint.DEFAULT, shapes);
        return new SvgIcon(source, viewBox(svg), shapes);
    }

    /** The error for an element outside the subset, naming the file, the element and the subset. */
    static SvgFormatException unsupported(SvgElement element) {
        return element.error("is not supported: icons may use only <svg>, <g>, <"
                + String.join(">, <", SvgShapes.ELEMENTS) + "> (see docs/decisions/0015)");
    }

    private static void collect(SvgElement parent, SvgPaint inherited, List<Supplier<Shape>> shapes) {
        for (SvgElement child : parent.children()) {
            SvgPaint paint = inherited.inherit(child);
            if (child.name().equals("g")) {
                child.allowOnly(SvgPaint.ATTRIBUTES);
                collect(child, paint, shapes);
            } else if (SvgShapes.ELEMENTS.contains(child.name())) {
                shapes.add(SvgShapes.recipe(child, paint));
            } else {
                throw unsupported(child);
            }
        }
    }

    private static SvgIcon.ViewBox viewBox(SvgElement svg) {
        String text = svg.attribute("viewBox").orElse(null);
        if (text == null) {
            return new SvgIcon.ViewBox(0, 0, svg.requiredNumber("width"), svg.requiredNumber("height"));
        }
        String[] parts = SEPARATOR.split(text.trim());
        try {
            if (parts.length == 4 && Double.parseDouble(parts[2]) > 0 && Double.parseDouble(parts[3]) > 0) {
                return new SvgIcon.ViewBox(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                        Double.parseDouble(parts[2]), Double.parseDouble(parts[3]));
            }
        } catch (NumberFormatException e) {
            // reported below with the expected form
        }
        throw svg.error("has viewBox=\"" + text + "\"; expected four numbers \"x y width height\" with positive size");
    }

    private static org.w3c.dom.Document parse(InputStream in, String source) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // throws on fatal errors, prints nothing
            return builder.parse(in);
        } catch (SAXException e) {
            throw new SvgFormatException(source, "is not well-formed XML without a DOCTYPE: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser cannot be configured securely", e);
        }
    }
}
