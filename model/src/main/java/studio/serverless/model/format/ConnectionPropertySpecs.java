package studio.serverless.model.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import studio.serverless.model.catalog.ConnectionSpec;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.PropertySpec;
import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.catalog.ServiceKind;

/**
 * The properties a connection may hold in a file. A legal connection has its spec's properties; a connection
 * that is illegal between its ends' kinds (validation reports it, loading does not) may hold any property some
 * spec of its type declares, and gets no defaults.
 */
final class ConnectionPropertySpecs {

    private ConnectionPropertySpecs() {
    }

    /** The spec of this connection, when it is legal between these kinds. */
    static Optional<ConnectionSpec> exact(ConnectionType type, ServiceKind source, ServiceKind target) {
        return ServiceCatalog.standard().connection(type, source, target);
    }

    /** The properties a connection of this type between these kinds may hold, in catalogue order. */
    static List<PropertySpec> allowed(ConnectionType type, ServiceKind source, ServiceKind target) {
        return exact(type, source, target).map(ConnectionSpec::properties).orElseGet(() -> union(type));
    }

    /** The properties whose defaults fill in what a file leaves out: none for an illegal connection. */
    static List<PropertySpec> defaults(ConnectionType type, ServiceKind source, ServiceKind target) {
        return exact(type, source, target).map(ConnectionSpec::properties).orElse(List.of());
    }

    private static List<PropertySpec> union(ConnectionType type) {
        List<PropertySpec> union = new ArrayList<>();
        for (ConnectionSpec spec : ServiceCatalog.standard().connections()) {
            if (spec.type() != type) {
                continue;
            }
            for (PropertySpec property : spec.properties()) {
                if (union.stream().noneMatch(known -> known.name().equals(property.name()))) {
                    union.add(property);
                }
            }
        }
        return List.copyOf(union);
    }
}
