package studio.serverless.model.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/**
 * Removes services and connections (Delete on a selection). Removing a service removes every connection that
 * touches it; undo puts back all of them at their old places in the diagram order.
 */
public final class RemoveCommand implements Command {

    private final Set<ServiceId> serviceIds;
    private final Set<ConnectionId> connectionIds;
    private final List<Placed<Service>> removedServices = new ArrayList<>();
    private final List<Placed<Connection>> removedConnections = new ArrayList<>();

    /** A command that removes these services (with their connections) and these connections. */
    public RemoveCommand(Collection<ServiceId> services, Collection<ConnectionId> connections) {
        this.serviceIds = new LinkedHashSet<>(services);
        this.connectionIds = new LinkedHashSet<>(connections);
    }

    @Override
    public String name() {
        int count = serviceIds.size() + connectionIds.size();
        if (serviceIds.isEmpty()) {
            return count == 1 ? "Delete connection" : "Delete " + count + " connections";
        }
        return count == 1 ? "Delete service" : "Delete " + count + " elements";
    }

    @Override
    public void execute(Diagram diagram) {
        serviceIds.forEach(diagram::require);
        connectionIds.forEach(diagram::require);
        removedServices.clear();
        removedConnections.clear();
        Set<ConnectionId> doomed = new LinkedHashSet<>(connectionIds);
        for (Connection connection : diagram.connections()) {
            if (serviceIds.stream().anyMatch(connection::touches)) {
                doomed.add(connection.id());
            }
        }
        for (ConnectionId id : doomed) {
            removedConnections.add(new Placed<>(diagram.indexOf(id), diagram.require(id)));
        }
        for (ServiceId id : serviceIds) {
            removedServices.add(new Placed<>(diagram.indexOf(id), diagram.require(id)));
        }
        doomed.forEach(diagram::removeConnection);
        serviceIds.forEach(diagram::removeService);
    }

    @Override
    public void undo(Diagram diagram) {
        removedServices.stream().sorted(Comparator.comparingInt(Placed::index))
                .forEach(placed -> diagram.addService(placed.index(), placed.element()));
        removedConnections.stream().sorted(Comparator.comparingInt(Placed::index))
                .forEach(placed -> diagram.addConnection(placed.index(), placed.element()));
    }

    /** An element and the place it had in the diagram order. */
    private record Placed<T>(int index, T element) {
    }
}
