package studio.serverless.app.desktop;

import java.util.Comparator;
import java.util.List;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.PropertyValues;

/**
 * What a diagram means, without what only places it: its services by name, kind and property values, and its
 * connections by the names of their ends, type and property values. Ids and positions are left out, so a diagram
 * rebuilt by hand equals the example it copies.
 *
 * @param services    the services, sorted by name and kind
 * @param connections the connections, sorted by ends and type
 */
record DiagramMeaning(List<ServiceMeaning> services, List<ConnectionMeaning> connections) {

    /** One service, without its id and position. */
    record ServiceMeaning(String name, ServiceKind kind, PropertyValues properties) {
    }

    /** One connection, its ends named by their services' names. */
    record ConnectionMeaning(String source, String target, ConnectionType type, PropertyValues properties) {
    }

    /** The meaning of a diagram (as the model's loader read it, so left-out defaults are filled in). */
    static DiagramMeaning of(Diagram diagram) {
        List<ServiceMeaning> services = diagram.services().stream()
                .map(service -> new ServiceMeaning(service.name(), service.kind(), service.properties()))
                .sorted(Comparator.comparing(ServiceMeaning::name).thenComparing(ServiceMeaning::kind)).toList();
        List<ConnectionMeaning> connections = diagram.connections().stream()
                .map(connection -> new ConnectionMeaning(diagram.require(connection.source()).name(),
                        diagram.require(connection.target()).name(), connection.type(), connection.properties()))
                .sorted(Comparator.comparing(ConnectionMeaning::source).thenComparing(ConnectionMeaning::target)
                        .thenComparing(ConnectionMeaning::type))
                .toList();
        return new DiagramMeaning(services, connections);
    }
}
