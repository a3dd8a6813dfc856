package studio.serverless.model.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One legal connection: a type between a source kind and a target kind, with the properties such a connection
 * carries and a sentence that teaches what it does.
 *
 * @param type        the meaning
 * @param source      the kind the connection starts at
 * @param target      the kind the connection ends at
 * @param description what happens at run time, for learners
 * @param properties  the connection's properties, in inspector order
 */
public record ConnectionSpec(ConnectionType type, ServiceKind source, ServiceKind target, String description,
                             List<PropertySpec> properties) {

    /** Checks the parts and copies the properties. */
    public ConnectionSpec {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        properties = List.copyOf(properties);
    }

    /** The property with this name, if the connection has one. */
    public Optional<PropertySpec> property(String name) {
        return properties.stream().filter(property -> property.name().equals(name)).findFirst();
    }
}
