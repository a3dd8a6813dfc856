package studio.serverless.app.desktop.gallery;

import java.util.HashMap;
import java.util.Map;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/**
 * A small picture of a diagram: each service a box in its category colour where the canvas would put it, each
 * connection a line between box centres, all scaled to fit. Cheap enough to draw a dozen at once, and needs no
 * live editor.
 */
final class DiagramThumbnail {

    /** The size of a service figure on the canvas (canvas's FigureGeometry), so layouts keep their proportions. */
    private static final double BOX_WIDTH = 160;
    private static final double BOX_HEIGHT = 64;
    private static final double MARGIN = 8;

    private DiagramThumbnail() {
    }

    /** A canvas of the given size showing the diagram ({@code .diagram-thumbnail}). */
    static Canvas of(Diagram diagram, double width, double height) {
        Canvas canvas = new Canvas(width, height);
        canvas.getStyleClass().add("diagram-thumbnail");
        GraphicsContext graphics = canvas.getGraphicsContext2D();
        graphics.setFill(Color.web("#f6f8fa"));
        graphics.fillRect(0, 0, width, height);
        if (!diagram.services().isEmpty()) {
            draw(diagram, graphics, Fit.of(diagram, width - 2 * MARGIN, height - 2 * MARGIN));
        }
        return canvas;
    }

    private static void draw(Diagram diagram, GraphicsContext graphics, Fit fit) {
        Map<ServiceId, double[]> centres = new HashMap<>();
        for (Service service : diagram.services()) {
            centres.put(service.id(), new double[] {fit.x(service.position().x() + BOX_WIDTH / 2),
                fit.y(service.position().y() + BOX_HEIGHT / 2)});
        }
        graphics.setStroke(Color.web("#8c959f"));
        graphics.setLineWidth(1);
        for (Connection connection : diagram.connections()) {
            double[] from = centres.get(connection.source());
            double[] to = centres.get(connection.target());
            graphics.strokeLine(from[0], from[1], to[0], to[1]);
        }
        for (Service service : diagram.services()) {
            graphics.setFill(Color.web(service.kind().category().colour()));
            graphics.fillRoundRect(fit.x(service.position().x()), fit.y(service.position().y()),
                    BOX_WIDTH * fit.scale(), BOX_HEIGHT * fit.scale(), 4, 4);
        }
    }

    /** Maps diagram coordinates into the thumbnail, centred, never enlarged beyond 1:1. */
    private record Fit(double scale, double offsetX, double offsetY) {

        static Fit of(Diagram diagram, double width, double height) {
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (Service service : diagram.services()) {
                minX = Math.min(minX, service.position().x());
                minY = Math.min(minY, service.position().y());
                maxX = Math.max(maxX, service.position().x() + BOX_WIDTH);
                maxY = Math.max(maxY, service.position().y() + BOX_HEIGHT);
            }
            double scale = Math.min(1, Math.min(width / (maxX - minX), height / (maxY - minY)));
            return new Fit(scale, MARGIN + (width - (maxX - minX) * scale) / 2 - minX * scale,
                    MARGIN + (height - (maxY - minY) * scale) / 2 - minY * scale);
        }

        double x(double diagramX) {
            return offsetX + diagramX * scale;
        }

        double y(double diagramY) {
            return offsetY + diagramY * scale;
        }
    }
}
