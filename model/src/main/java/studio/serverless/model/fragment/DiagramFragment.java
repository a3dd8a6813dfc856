package studio.serverless.model.fragment;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.format.DiagramFormatException;
import studio.serverless.model.format.DiagramReader;
import studio.serverless.model.format.DiagramWriter;

/**
 * Some services of a diagram and the connections among them (a connection to a service left out is left out
 * too), as copied to the clipboard. Its text form is the text of a diagram file, so it is read with the same
 * checks and clear messages as a file.
 *
 * @param services    the services, in diagram order; unmodifiable
 * @param connections the connections whose both ends are among the services, in diagram order; unmodifiable
 */
public record DiagramFragment(List<Service> services, List<Connection> connections) {

    /** Copies both lists. */
    public DiagramFragment {
        services = List.copyOf(services);
        connections = List.copyOf(connections);
    }

    /** The fragment of a diagram made of these services and the connections among them. */
    public static DiagramFragment of(Diagram diagram, Collection<ServiceId> chosen) {
        Set<ServiceId> ids = Set.copyOf(chosen);
        return new DiagramFragment(
                diagram.services().stream().filter(service -> ids.contains(service.id())).toList(),
                diagram.connections().stream()
                        .filter(connection -> ids.contains(connection.source()) && ids.contains(connection.target()))
                        .toList());
    }

    /**
     * The fragment in a text, as written by {@link #toText()} (or any diagram file).
     *
     * @param origin where the text came from, for messages, e.g. "the clipboard"
     * @throws DiagramFormatException when the text is not a diagram; the message says where and why
     */
    public static DiagramFragment fromText(String text, String origin) throws DiagramFormatException {
        Diagram diagram = DiagramReader.read(text, origin);
        return new DiagramFragment(diagram.services(), diagram.connections());
    }

    /** The fragment as the text of a diagram file holding just these services and connections. */
    public String toText() {
        Diagram diagram = new Diagram();
        services.forEach(diagram::addService);
        connections.forEach(diagram::addConnection);
        return DiagramWriter.write(diagram);
    }

    /** Whether there is nothing to paste. */
    public boolean isEmpty() {
        return services.isEmpty();
    }

    /** The smallest x and y of the services' positions (the top-left of the fragment), or the origin if empty. */
    public Point topLeft() {
        double x = services.stream().mapToDouble(service -> service.position().x()).min().orElse(0);
        double y = services.stream().mapToDouble(service -> service.position().y()).min().orElse(0);
        return new Point(x, y);
    }
}
