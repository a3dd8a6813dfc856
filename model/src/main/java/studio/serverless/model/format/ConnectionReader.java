package studio.serverless.model.format;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/** Reads one element of {@code connections}, whose ends must be services of the same file. */
final class ConnectionReader {

    private static final String KNOWN_TYPES =
            Arrays.stream(ConnectionType.values()).map(ConnectionType::id).collect(Collectors.joining(", "));

    private ConnectionReader() {
    }

    /**
     * The connection in this node, with its spec's defaults for the properties it leaves out.
     *
     * @param services the services of the file, by id
     */
    static Connection read(LocatedNode element, ElementIds ids, Map<ServiceId, Service> services)
            throws DiagramFormatException {
        element.requireObject("a connection object with id, type, source and target");
        String id = ids.claim(element.field("id"), element.path());
        ConnectionType type = type(element.field("type"));
        Service source = end(element.field("source"), services);
        Service target = end(element.field("target"), services);
        PropertyValues properties = PropertyReader.read(element.field("properties"),
                ConnectionPropertySpecs.allowed(type, source.kind(), target.kind()),
                ConnectionPropertySpecs.defaults(type, source.kind(), target.kind()),
                "a connection of type " + type.id());
        return new Connection(new ConnectionId(id), type, source.id(), target.id(), properties);
    }

    private static ConnectionType type(LocatedNode type) throws DiagramFormatException {
        String expected = "one of " + KNOWN_TYPES;
        String id = type.requireText(false, expected);
        return ConnectionType.fromId(id).orElseThrow(
                () -> type.problem("unknown connection type " + LocatedNode.quoted(id), expected));
    }

    private static Service end(LocatedNode end, Map<ServiceId, Service> services) throws DiagramFormatException {
        String expected = "the id of a service in this file";
        String id = end.requireText(true, expected);
        Service service = services.get(new ServiceId(id));
        if (service == null) {
            throw end.problem("no service has the id " + LocatedNode.quoted(id), expected);
        }
        return service;
    }
}
