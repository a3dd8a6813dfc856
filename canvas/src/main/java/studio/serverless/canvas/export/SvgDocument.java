package studio.serverless.canvas.export;

import java.util.Locale;

import studio.serverless.canvas.geometry.Box;
import studio.serverless.canvas.geometry.EdgeGeometry;
import studio.serverless.canvas.geometry.EdgeRoute;
import studio.serverless.canvas.geometry.FigureGeometry;
import studio.serverless.canvas.view.ConnectionLabels;
import studio.serverless.model.catalog.ConnectionCategory;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;

/**
 * A diagram as SVG text, from the model and the figure geometry: a white box per service outlined in its category
 * colour with its name and kind, a line per connection (solid trigger, dashed access, dotted destination) with
 * its arrowhead and label. A long name is shortened on the figure, as in the editor, and given whole in a
 * {@code <title>}. Every text is escaped for XML.
 */
final class SvgDocument {

    private static final int SHOWN_NAME_LENGTH = 20;

    private final StringBuilder svg = new StringBuilder();

    private SvgDocument() {
    }

    static String of(Diagram diagram, String background) {
        SvgDocument document = new SvgDocument();
        document.write(diagram, background);
        return document.svg.toString();
    }

    private void write(Diagram diagram, String background) {
        Box area = DiagramExtent.withMargin(diagram);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%s\" height=\"%s\" viewBox=\"%s %s %s %s\""
                + " font-family=\"sans-serif\" font-size=\"12\">\n", area.width(), area.height(), area.x(), area.y(),
                area.width(), area.height()));
        svg.append(format("<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\"/>\n", area.x(), area.y(),
                area.width(), area.height(), background));
        svg.append("<g id=\"connections\">\n");
        diagram.connections().forEach(connection -> writeConnection(diagram, connection));
        svg.append("</g>\n<g id=\"services\">\n");
        diagram.services().forEach(this::writeService);
        svg.append("</g>\n</svg>\n");
    }

    private void writeConnection(Diagram diagram, Connection connection) {
        EdgeRoute route = EdgeGeometry.route(FigureGeometry.boxAt(diagram.require(connection.source()).position()),
                FigureGeometry.boxAt(diagram.require(connection.target()).position()));
        ConnectionCategory category = connection.type().category();
        String dash = switch (category) {
            case TRIGGER -> "";
            case ACCESS -> " stroke-dasharray=\"8 5\"";
            case DESTINATION -> " stroke-dasharray=\"2 4\"";
        };
        svg.append(format("<g class=\"connection %s\">", category.name().toLowerCase(Locale.ROOT)));
        svg.append(format("<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"#5F6B7A\" stroke-width=\"1.5\"",
                route.start().x(), route.start().y(), route.end().x(), route.end().y())).append(dash).append("/>");
        svg.append(format("<polygon points=\"%s,%s %s,%s %s,%s\" fill=\"#5F6B7A\"/>", route.end().x(),
                route.end().y(), route.arrowLeft().x(), route.arrowLeft().y(), route.arrowRight().x(),
                route.arrowRight().y()));
        svg.append(format("<text x=\"%s\" y=\"%s\" text-anchor=\"middle\" fill=\"#5F6B7A\" font-size=\"11\">",
                route.labelAt().x(), route.labelAt().y() - 4))
                .append(XmlText.escape(ConnectionLabels.text(connection))).append("</text></g>\n");
    }

    private void writeService(Service service) {
        Box box = FigureGeometry.boxAt(service.position());
        svg.append("<g class=\"service\"><title>").append(XmlText.escape(service.name())).append("</title>");
        svg.append(format("<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" rx=\"7\" fill=\"white\" stroke=\"%s\""
                + " stroke-width=\"2\"/>", box.x(), box.y(), box.width(), box.height(),
                service.kind().category().colour()));
        svg.append(format("<text x=\"%s\" y=\"%s\" font-weight=\"bold\" fill=\"#232F3E\">", box.x() + 12,
                box.y() + 27)).append(XmlText.escape(shortened(service.name()))).append("</text>");
        svg.append(format("<text x=\"%s\" y=\"%s\" fill=\"#5F6B7A\" font-size=\"10.5\">", box.x() + 12,
                box.y() + 47)).append(XmlText.escape(service.kind().displayName())).append("</text></g>\n");
    }

    private static String shortened(String name) {
        return name.codePointCount(0, name.length()) <= SHOWN_NAME_LENGTH ? name
                : name.substring(0, name.offsetByCodePoints(0, SHOWN_NAME_LENGTH - 1)) + "\u2026";
    }

    private static String format(String pattern, Object... values) {
        Object[] shown = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            shown[i] = values[i] instanceof Double number ? number(number) : values[i];
        }
        return String.format(Locale.ROOT, pattern, shown);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
