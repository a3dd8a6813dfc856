package studio.serverless.canvas.icon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** One element of an icon file, reading its attributes with errors that say which file, element and attribute. */
final class SvgElement {

    private final Element element;
    private final String source;

    SvgElement(Element element, String source) {
        this.element = element;
        this.source = source;
    }

    /** The element's local name, e.g. {@code rect}. */
    String name() {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }

    /** Refuses any attribute not in the set, so nothing in the file is silently ignored. */
    void allowOnly(Set<String> allowed) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getName();
            if (!allowed.contains(name) && !name.startsWith("xmlns")) {
                throw error("has the unsupported attribute " + name + "; allowed here: " + new TreeSet<>(allowed));
            }
        }
    }

    Optional<String> attribute(String name) {
        return element.hasAttribute(name) ? Optional.of(element.getAttribute(name).trim()) : Optional.empty();
    }

    double number(String name, double fallback) {
        return attribute(name).map(value -> parse(name, value)).orElse(fallback);
    }

    double requiredNumber(String name) {
        return parse(name, attribute(name).orElseThrow(() -> error("needs the attribute " + name)));
    }

    /** A colour attribute: {@code none} is transparent, otherwise a CSS colour such as {@code #ED7100} or {@code white}. */
    Optional<Paint> paint(String name) {
        return attribute(name).map(value -> {
            if (value.equals("none")) {
                return Color.TRANSPARENT;
            }
            try {
                return Color.web(value);
            } catch (IllegalArgumentException e) {
                throw error("has " + name + "=\"" + value + "\", which is not a colour (expected e.g. #ED7100 or none)");
            }
        });
    }

    /** A keyword attribute such as {@code stroke-linecap="round"}, as the value the map gives for it. */
    <T> Optional<T> keyword(String name, Map<String, T> values) {
        return attribute(name).map(value -> {
            T meaning = values.get(value);
            if (meaning == null) {
                throw error("has " + name + "=\"" + value + "\"; expected one of " + new TreeSet<>(values.keySet()));
            }
            return meaning;
        });
    }

    List<SvgElement> children() {
        List<SvgElement> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                children.add(new SvgElement(childElement, source));
            }
        }
        return children;
    }

    /** An error about this element, e.g. "lambda.svg: &lt;rect&gt; needs the attribute width". */
    SvgFormatException error(String problem) {
        return new SvgFormatException(source, "<" + element.getTagName() + "> " + problem);
    }

    private double parse(String name, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw error("has " + name + "=\"" + value + "\", which is not a plain number (no units)");
        }
    }
}
