package studio.serverless.model.diagram;

import java.util.Objects;

import studio.serverless.model.catalog.ConnectionType;

/**
 * A connection with a meaning between two services of a diagram. Immutable.
 *
 * @param id         stable id within the diagram
 * @param type       what the connection means
 * @param source     the service it starts at
 * @param target     the service it ends at
 * @param properties the values of the connection's properties (batch size, access level, route, ...)
 */
public record Connection(ConnectionId id, ConnectionType type, ServiceId source, ServiceId target,
                         PropertyValues properties) {

    /** Refuses missing parts. */
    public Connection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(properties, "properties");
    }

    /** This connection between other ends. */
    public Connection withEnds(ServiceId newSource, ServiceId newTarget) {
        return new Connection(id, type, newSource, newTarget, properties);
    }

    /** This connection with one property set ({@code null} unsets it). */
    public Connection withProperty(String property, Object value) {
        return new Connection(id, type, source, target, properties.with(property, value));
    }

    /** Whether the connection starts or ends at this service. */
    public boolean touches(ServiceId service) {
        return source.equals(service) || target.equals(service);
    }
}
