package studio.serverless.canvas.view;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.ServiceId;

/**
 * Which connections touch each service, so that moving a figure reroutes only its own edges instead of every
 * edge of the diagram.
 */
public final class EdgeIndex {

    private final Map<ServiceId, Set<ConnectionId>> byService = new HashMap<>();

    /** Records a connection at both its ends. */
    public void add(Connection connection) {
        byService.computeIfAbsent(connection.source(), id -> new LinkedHashSet<>()).add(connection.id());
        byService.computeIfAbsent(connection.target(), id -> new LinkedHashSet<>()).add(connection.id());
    }

    /** Forgets a connection at both its ends. */
    public void remove(Connection connection) {
        forget(connection.source(), connection.id());
        forget(connection.target(), connection.id());
    }

    /** The connections that start or end at the service; unmodifiable. */
    public Set<ConnectionId> of(ServiceId service) {
        return Set.copyOf(byService.getOrDefault(service, Set.of()));
    }

    private void forget(ServiceId service, ConnectionId connection) {
        Set<ConnectionId> set = byService.get(service);
        if (set != null) {
            set.remove(connection);
            if (set.isEmpty()) {
                byService.remove(service);
            }
        }
    }
}
