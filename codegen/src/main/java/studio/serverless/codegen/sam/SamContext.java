package studio.serverless.codegen.sam;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import studio.serverless.model.statemachine.StateMachineDefinition;
import studio.serverless.codegen.text.EnvironmentVariableNames;
import studio.serverless.model.naming.ResourceNames;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/** A diagram as the SAM builders read it: its services by kind, connections by end, and names. */
final class SamContext {

    private final Diagram diagram;
    private final ResourceNames names;
    private final Map<ServiceId, List<Connection>> outgoing;
    private final Map<ServiceId, List<Connection>> incoming;

    SamContext(Diagram diagram) {
        this.diagram = diagram;
        this.names = ResourceNames.of(diagram);
        this.outgoing = diagram.connections().stream().collect(Collectors.groupingBy(Connection::source));
        this.incoming = diagram.connections().stream().collect(Collectors.groupingBy(Connection::target));
    }

    /** The services of a kind, in diagram order. */
    List<Service> services(ServiceKind kind) {
        return diagram.services().stream().filter(service -> service.kind() == kind).toList();
    }

    /** The service at an end of a connection. */
    Service service(ServiceId id) {
        return diagram.require(id);
    }

    /** The logical id of a service. */
    String logicalId(ServiceId id) {
        return names.logicalId(id);
    }

    /** The environment variable names of functions' access connections. */
    EnvironmentVariableNames environmentVariableNames() {
        return EnvironmentVariableNames.of(diagram, names);
    }

    /** The ASL definitions of the diagram's state machines. */
    StateMachineDefinition stateMachineDefinitions() {
        return new StateMachineDefinition(diagram, names);
    }

    /** The folder name of a service's own files. */
    String folder(ServiceId id) {
        return names.folder(id);
    }

    /** The connections of these types starting at a service, in diagram order. */
    List<Connection> outgoing(ServiceId id, Collection<ConnectionType> types) {
        return outgoing.getOrDefault(id, List.of()).stream().filter(c -> types.contains(c.type())).toList();
    }

    /** The connections of these types ending at a service, in diagram order. */
    List<Connection> incoming(ServiceId id, Collection<ConnectionType> types) {
        return incoming.getOrDefault(id, List.of()).stream().filter(c -> types.contains(c.type())).toList();
    }

    /** The connections of one type starting at a service. */
    List<Connection> outgoing(ServiceId id, ConnectionType type) {
        return outgoing(id, List.of(type));
    }

    /** The connections of one type ending at a service. */
    List<Connection> incoming(ServiceId id, ConnectionType type) {
        return incoming(id, List.of(type));
    }
}
