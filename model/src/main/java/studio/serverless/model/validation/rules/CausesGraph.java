package studio.serverless.model.validation.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import studio.serverless.model.catalog.ConnectionCategory;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.ValidationContext;

/**
 * The "causes" graph of a diagram: an edge from A to B when activity in A makes B run or receive data. Triggers
 * (a queue invoking a function), writes (a function putting an object into a bucket), starts, task invocations
 * and destinations (a dead-letter queue, an on-failure destination) cause; reads do not. Nodes are numbered in
 * diagram order. Built in time linear in the diagram's size.
 */
final class CausesGraph {

    private final List<Service> services;
    private final Map<ServiceId, Integer> nodes = new HashMap<>();
    private final List<List<Connection>> causes = new ArrayList<>();

    private CausesGraph(ValidationContext context) {
        services = context.diagram().services();
        for (int node = 0; node < services.size(); node++) {
            nodes.put(services.get(node).id(), node);
        }
        for (Service service : services) {
            causes.add(context.outgoing(service.id()).stream()
                    .filter(connection -> causes(context, connection)).toList());
        }
    }

    /** The causes graph of the diagram under validation. */
    static CausesGraph of(ValidationContext context) {
        return new CausesGraph(context);
    }

    /** How many nodes (services) the graph has. */
    int size() {
        return services.size();
    }

    /** The service of a node. */
    Service service(int node) {
        return services.get(node);
    }

    /** The node of a service. */
    int node(ServiceId service) {
        return nodes.get(service);
    }

    /** The connections by which a node causes others, in diagram order. */
    List<Connection> causes(int node) {
        return causes.get(node);
    }

    /** Whether activity at the connection's source makes its target run or receive data. */
    static boolean causes(ValidationContext context, Connection connection) {
        ConnectionType type = connection.type();
        if (type == ConnectionType.DEAD_LETTER_QUEUE && connection.source().equals(connection.target())) {
            return false; // a queue that is its own dead-letter queue has a rule of its own
        }
        if (type.category() != ConnectionCategory.ACCESS) {
            return true;
        }
        if (type == ConnectionType.S3_ACCESS || type == ConnectionType.DYNAMODB_ACCESS) {
            return ElementProperties.text(context, connection, "access").contains("write");
        }
        return true;
    }
}
