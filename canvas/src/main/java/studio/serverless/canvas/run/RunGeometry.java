package studio.serverless.canvas.run;

import java.util.Optional;
import studio.serverless.canvas.geometry.Box;
import studio.serverless.canvas.geometry.EdgeGeometry;
import studio.serverless.canvas.geometry.EdgeRoute;
import studio.serverless.canvas.geometry.FigureGeometry;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.ServiceId;

/** Where the overlay draws: the same boxes and routes as the figures and edges, worked out from the model. */
final class RunGeometry {

    private final Diagram diagram;

    RunGeometry(Diagram diagram) {
        this.diagram = diagram;
    }

    /** The outline of a service's figure, if the diagram holds the service. */
    Optional<Box> box(ServiceId service) {
        return diagram.service(service).map(found -> FigureGeometry.boxAt(found.position()));
    }

    /** The route of a connection's edge, if the diagram holds the connection. */
    Optional<EdgeRoute> route(ConnectionId connection) {
        Optional<Connection> found = diagram.connection(connection);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<Box> source = box(found.get().source());
        Optional<Box> target = box(found.get().target());
        return source.isPresent() && target.isPresent()
                ? Optional.of(EdgeGeometry.route(source.get(), target.get())) : Optional.empty();
    }
}
