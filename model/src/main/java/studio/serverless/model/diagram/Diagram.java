package studio.serverless.model.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import studio.serverless.model.catalog.ServiceKind;

/**
 * A serverless architecture: services and the connections between them, in a stable order (the order they are
 * saved and listed in). The mutators keep the diagram consistent (unique ids, no connection to a missing
 * service) and tell listeners; user edits go through {@link studio.serverless.model.command commands} so they can
 * be undone. Not thread-safe: edit it from one thread.
 */
public final class Diagram {

    private final List<Service> services = new ArrayList<>();
    private final Map<ServiceId, Service> servicesById = new HashMap<>();
    private final List<Connection> connections = new ArrayList<>();
    private final Map<ConnectionId, Connection> connectionsById = new HashMap<>();
    private final List<DiagramListener> listeners = new CopyOnWriteArrayList<>();

    /** The services, in diagram order; unmodifiable. */
    public List<Service> services() {
        return Collections.unmodifiableList(services);
    }

    /** The connections, in diagram order; unmodifiable. */
    public List<Connection> connections() {
        return Collections.unmodifiableList(connections);
    }

    /** The service with this id, if the diagram has it. */
    public Optional<Service> service(ServiceId id) {
        return Optional.ofNullable(servicesById.get(id));
    }

    /** The connection with this id, if the diagram has it. */
    public Optional<Connection> connection(ConnectionId id) {
        return Optional.ofNullable(connectionsById.get(id));
    }

    /** The connections that start or end at a service, in diagram order. */
    public List<Connection> connectionsOf(ServiceId service) {
        return connections.stream().filter(connection -> connection.touches(service)).toList();
    }

    /** Where a service stands in the diagram order, or -1. */
    public int indexOf(ServiceId id) {
        return services.indexOf(servicesById.get(id));
    }

    /** Where a connection stands in the diagram order, or -1. */
    public int indexOf(ConnectionId id) {
        return connections.indexOf(connectionsById.get(id));
    }

    /** Adds a service at the end. */
    public void addService(Service service) {
        addService(services.size(), service);
    }

    /** Adds a service at a place in the order; refuses an id the diagram already has. */
    public void addService(int index, Service service) {
        if (servicesById.containsKey(service.id()) || connectionsById.containsKey(connectionIdLike(service.id()))) {
            throw new IllegalArgumentException("the diagram already has an element with id " + service.id());
        }
        services.add(index, service);
        servicesById.put(service.id(), service);
        fire(new DiagramEvent.ServiceAdded(service));
    }

    /** Removes a service that no connection touches any more; returns it. */
    public Service removeService(ServiceId id) {
        Service service = require(id);
        if (connections.stream().anyMatch(connection -> connection.touches(id))) {
            throw new IllegalStateException("service " + id + " still has connections; remove them first");
        }
        services.remove(service);
        servicesById.remove(id);
        fire(new DiagramEvent.ServiceRemoved(service));
        return service;
    }

    /** Replaces a service by a changed copy with the same id and kind. */
    public void replaceService(Service changed) {
        Service before = require(changed.id());
        if (before.kind() != changed.kind()) {
            throw new IllegalArgumentException("a service cannot change its kind: " + changed.id());
        }
        services.set(services.indexOf(before), changed);
        servicesById.put(changed.id(), changed);
        fire(new DiagramEvent.ServiceChanged(before, changed));
    }

    /** Adds a connection at the end. */
    public void addConnection(Connection connection) {
        addConnection(connections.size(), connection);
    }

    /** Adds a connection at a place in the order; both ends must be in the diagram and the id new. */
    public void addConnection(int index, Connection connection) {
        if (connectionsById.containsKey(connection.id())
                || servicesById.containsKey(new ServiceId(connection.id().value()))) {
            throw new IllegalArgumentException("the diagram already has an element with id " + connection.id());
        }
        require(connection.source());
        require(connection.target());
        connections.add(index, connection);
        connectionsById.put(connection.id(), connection);
        fire(new DiagramEvent.ConnectionAdded(connection));
    }

    /** Removes a connection; returns it. */
    public Connection removeConnection(ConnectionId id) {
        Connection connection = require(id);
        connections.remove(connection);
        connectionsById.remove(id);
        fire(new DiagramEvent.ConnectionRemoved(connection));
        return connection;
    }

    /** Replaces a connection by a changed copy with the same id and type, whose ends are in the diagram. */
    public void replaceConnection(Connection changed) {
        Connection before = require(changed.id());
        if (before.type() != changed.type()) {
            throw new IllegalArgumentException("a connection cannot change its type: " + changed.id());
        }
        require(changed.source());
        require(changed.target());
        connections.set(connections.indexOf(before), changed);
        connectionsById.put(changed.id(), changed);
        fire(new DiagramEvent.ConnectionChanged(before, changed));
    }

    /** The service with this id; fails with a clear message when it is missing. */
    public Service require(ServiceId id) {
        Service service = servicesById.get(id);
        if (service == null) {
            throw new IllegalArgumentException("the diagram has no service " + id);
        }
        return service;
    }

    /** The connection with this id; fails with a clear message when it is missing. */
    public Connection require(ConnectionId id) {
        Connection connection = connectionsById.get(id);
        if (connection == null) {
            throw new IllegalArgumentException("the diagram has no connection " + id);
        }
        return connection;
    }

    /** A service id not yet used in this diagram, e.g. {@code lambda-3}. */
    public ServiceId newServiceId(ServiceKind kind) {
        return new ServiceId(unusedId(kind.id() + "-"));
    }

    /** A connection id not yet used in this diagram, e.g. {@code c7}. */
    public ConnectionId newConnectionId() {
        return new ConnectionId(unusedId("c"));
    }

    /** A service name not yet used in this diagram: {@code base}, else {@code base-2}, {@code base-3}, ... */
    public String unusedName(String base) {
        String name = base;
        for (int number = 2; nameInUse(name); number++) {
            name = base + "-" + number;
        }
        return name;
    }

    /** Starts telling a listener of every change. */
    public void addListener(DiagramListener listener) {
        listeners.add(listener);
    }

    /** Stops telling a listener. */
    public void removeListener(DiagramListener listener) {
        listeners.remove(listener);
    }

    private boolean nameInUse(String name) {
        return services.stream().anyMatch(service -> service.name().equals(name));
    }

    private String unusedId(String prefix) {
        int number = 1;
        while (servicesById.containsKey(new ServiceId(prefix + number))
                || connectionsById.containsKey(new ConnectionId(prefix + number))) {
            number++;
        }
        return prefix + number;
    }

    private static ConnectionId connectionIdLike(ServiceId id) {
        return new ConnectionId(id.value());
    }

    private void fire(DiagramEvent event) {
        for (DiagramListener listener : listeners) {
            listener.diagramChanged(event);
        }
    }
}
