package studio.serverless.app.desktop.run;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/**
 * The diagram ids of a running diagram's resources: a resource is the service of its kind and name (the provisioner
 * creates each resource under its service's name), and activity from one resource to another travels along the
 * connection drawn between their services: from the first to the second (a queue delivering to a function, a
 * function writing to a table), or else the other way round (a function reading a stream drawn as the stream's
 * trigger). Made once per run: the diagram does not change while it runs.
 */
public final class RunElementIndex {

    private final Map<ResourceKey, ServiceId> services = new HashMap<>();
    private final Map<Pair, ConnectionId> connections = new HashMap<>();

    private RunElementIndex() {
    }

    /** The index of {@code diagram}'s services and connections. */
    public static RunElementIndex of(Diagram diagram) {
        RunElementIndex index = new RunElementIndex();
        for (Service service : diagram.services()) {
            index.services.putIfAbsent(new ResourceKey(service.kind(), service.name()), service.id());
        }
        for (Connection connection : diagram.connections()) {
            index.connections.putIfAbsent(new Pair(connection.source(), connection.target()), connection.id());
        }
        return index;
    }

    /** The service running as {@code resource}. */
    public Optional<ServiceId> service(ResourceKey resource) {
        return Optional.ofNullable(services.get(resource));
    }

    /** The connection activity from {@code from} to {@code to} travels along, if one is drawn between them. */
    public Optional<ConnectionId> connection(ResourceKey from, ResourceKey to) {
        Optional<ServiceId> source = service(from);
        Optional<ServiceId> target = service(to);
        if (source.isEmpty() || target.isEmpty()) {
            return Optional.empty();
        }
        ConnectionId forward = connections.get(new Pair(source.get(), target.get()));
        return Optional.ofNullable(forward != null ? forward
                : connections.get(new Pair(target.get(), source.get())));
    }

    private record Pair(ServiceId source, ServiceId target) {
    }
}
