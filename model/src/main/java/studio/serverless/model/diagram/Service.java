package studio.serverless.model.diagram;

import java.util.Objects;

import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.catalog.ServiceKind;

/**
 * One AWS service on the diagram. Immutable: an edit replaces the service with a changed copy.
 *
 * @param id         stable id within the diagram
 * @param kind       what AWS service it is
 * @param name       the AWS resource name (function name, table name, bucket name, ...)
 * @param position   the top-left corner of its figure on the diagram
 * @param properties the values of its kind's properties
 */
public record Service(ServiceId id, ServiceKind kind, String name, Point position, PropertyValues properties) {

    /** Refuses missing parts. */
    public Service {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(properties, "properties");
    }

    /** A new service of a kind with every property at its catalogue default. */
    public static Service create(ServiceId id, ServiceKind kind, String name, Point position) {
        return new Service(id, kind, name, position,
                PropertyValues.defaults(ServiceCatalog.standard().service(kind).properties()));
    }

    /** This service under another name. */
    public Service withName(String newName) {
        return new Service(id, kind, newName, position, properties);
    }

    /** This service at another position. */
    public Service withPosition(Point newPosition) {
        return new Service(id, kind, name, newPosition, properties);
    }

    /** This service with one property set ({@code null} unsets it). */
    public Service withProperty(String property, Object value) {
        return new Service(id, kind, name, position, properties.with(property, value));
    }
}
