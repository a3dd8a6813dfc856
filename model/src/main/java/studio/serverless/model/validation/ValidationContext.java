package studio.serverless.model.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import studio.serverless.model.catalog.ConnectionSpec;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/**
 * What a rule sees: the diagram, the catalogue, and indexes built once per validation (connections in and out of
 * each service, services by kind), so that no rule has to scan the diagram per service.
 */
public final class ValidationContext {

    private final Diagram diagram;
    private final ServiceCatalog catalog;
    private final Map<ServiceId, List<Connection>> outgoing = new HashMap<>();
    private final Map<ServiceId, List<Connection>> incoming = new HashMap<>();
    private final Map<ServiceKind, List<Service>> byKind = new EnumMap<>(ServiceKind.class);
    private final Map<ConnectionType, List<Connection>> byType = new EnumMap<>(ConnectionType.class);

    /** Indexes a diagram for validation against a catalogue. */
    public ValidationContext(Diagram diagram, ServiceCatalog catalog) {
        this.diagram = diagram;
        this.catalog = catalog;
        for (Service service : diagram.services()) {
            byKind.computeIfAbsent(service.kind(), kind -> new ArrayList<>()).add(service);
        }
        for (Connection connection : diagram.connections()) {
            outgoing.computeIfAbsent(connection.source(), id -> new ArrayList<>()).add(connection);
            incoming.computeIfAbsent(connection.target(), id -> new ArrayList<>()).add(connection);
            byType.computeIfAbsent(connection.type(), type -> new ArrayList<>()).add(connection);
        }
    }

    /** The diagram under validation. */
    public Diagram diagram() {
        return diagram;
    }

    /** The catalogue the diagram is checked against. */
    public ServiceCatalog catalog() {
        return catalog;
    }

    /** The services of one kind, in diagram order. */
    public List<Service> services(ServiceKind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** The connections of one type, in diagram order. */
    public List<Connection> connections(ConnectionType type) {
        return byType.getOrDefault(type, List.of());
    }

    /** The service at one end of a connection (connections always have both ends in the diagram). */
    public Service service(ServiceId id) {
        return diagram.require(id);
    }

    /** The connections that start at a service. */
    public List<Connection> outgoing(ServiceId service) {
        return outgoing.getOrDefault(service, List.of());
    }

    /** The connections that end at a service. */
    public List<Connection> incoming(ServiceId service) {
        return incoming.getOrDefault(service, List.of());
    }

    /** The connections of one type that start at a service. */
    public List<Connection> outgoing(ServiceId service, ConnectionType type) {
        return outgoing(service).stream().filter(connection -> connection.type() == type).toList();
    }

    /** The connections of one type that end at a service. */
    public List<Connection> incoming(ServiceId service, ConnectionType type) {
        return incoming(service).stream().filter(connection -> connection.type() == type).toList();
    }

    /** The catalogue's spec of a connection, or empty when the connection is illegal between its ends' kinds. */
    public Optional<ConnectionSpec> spec(Connection connection) {
        return catalog.connection(connection.type(), service(connection.source()).kind(),
                service(connection.target()).kind());
    }
}
