package studio.serverless.canvas;

import java.util.Optional;

import studio.serverless.canvas.geometry.Box;
import studio.serverless.canvas.geometry.FigureGeometry;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.ElementId;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.ServiceId;

/** Where an element's middle is on the diagram: a figure's centre, or halfway between a connection's ends. */
final class ElementCenters {

    private ElementCenters() {
    }

    static Optional<Point> of(Diagram diagram, ElementId element) {
        if (element instanceof ServiceId serviceId) {
            return diagram.service(serviceId).map(service -> FigureGeometry.boxAt(service.position()).center());
        }
        return diagram.connection((ConnectionId) element).map(connection -> middle(diagram, connection));
    }

    private static Point middle(Diagram diagram, Connection connection) {
        Box source = FigureGeometry.boxAt(diagram.require(connection.source()).position());
        Box target = FigureGeometry.boxAt(diagram.require(connection.target()).position());
        return new Point((source.center().x() + target.center().x()) / 2,
                (source.center().y() + target.center().y()) / 2);
    }
}
