package studio.serverless.model.fragment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import studio.serverless.model.command.AddServiceCommand;
import studio.serverless.model.command.Command;
import studio.serverless.model.command.CompoundCommand;
import studio.serverless.model.command.ConnectCommand;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/**
 * A fragment made ready to go into a diagram: every service and connection gets an id the diagram does not use,
 * every service a name no service of the diagram has (see {@link UniqueNames}), and the services move by an
 * offset. {@link #command} is the one undoable step that adds them all.
 */
public final class FragmentPaste {

    private final List<Service> services = new ArrayList<>();
    private final List<Connection> connections = new ArrayList<>();

    private FragmentPaste(Diagram target, DiagramFragment fragment, double dx, double dy) {
        Set<String> usedIds = new HashSet<>();
        target.services().forEach(service -> usedIds.add(service.id().value()));
        target.connections().forEach(connection -> usedIds.add(connection.id().value()));
        Set<String> takenNames = new HashSet<>();
        target.services().forEach(service -> takenNames.add(service.name()));
        Map<ServiceId, ServiceId> newIds = new HashMap<>();
        for (Service service : fragment.services()) {
            ServiceId id = new ServiceId(unusedId(service.kind().id() + "-", usedIds));
            String name = UniqueNames.unique(service.kind(), service.name(), takenNames);
            takenNames.add(name);
            newIds.put(service.id(), id);
            services.add(new Service(id, service.kind(), name, service.position().translate(dx, dy),
                    service.properties()));
        }
        for (Connection connection : fragment.connections()) {
            connections.add(new Connection(new ConnectionId(unusedId("c", usedIds)), connection.type(),
                    newIds.get(connection.source()), newIds.get(connection.target()), connection.properties()));
        }
    }

    /** The fragment's services and connections with new ids and names, moved by (dx, dy). */
    public static FragmentPaste prepare(Diagram target, DiagramFragment fragment, double dx, double dy) {
        return new FragmentPaste(target, fragment, dx, dy);
    }

    /** The services as they will be added. */
    public List<Service> services() {
        return List.copyOf(services);
    }

    /** The ids of the services added, to select them after the paste. */
    public List<ServiceId> serviceIds() {
        return services.stream().map(Service::id).toList();
    }

    /** The connections as they will be added. */
    public List<Connection> connections() {
        return List.copyOf(connections);
    }

    /** One command adding every service and then every connection, named e.g. "Paste 3 services". */
    public Command command(String verb) {
        List<Command> parts = new ArrayList<>();
        services.forEach(service -> parts.add(new AddServiceCommand(service)));
        connections.forEach(connection -> parts.add(new ConnectCommand(connection)));
        String what = services.size() == 1 ? "service" : services.size() + " services";
        return new CompoundCommand(verb + " " + what, parts);
    }

    private static String unusedId(String prefix, Set<String> usedIds) {
        int number = 1;
        while (usedIds.contains(prefix + number)) {
            number++;
        }
        usedIds.add(prefix + number);
        return prefix + number;
    }
}
