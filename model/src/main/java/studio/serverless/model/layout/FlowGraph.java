package studio.serverless.model.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import studio.serverless.model.catalog.ConnectionCategory;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.ServiceId;

/**
 * The data flow of a diagram as an acyclic graph over service indexes (diagram order). Every connection points
 * from its source to its target; connections are taken trigger and access first, then destinations, each in
 * diagram order, and one that would close a cycle is left out and recorded as a back edge. So a cycle is broken
 * at a destination when it has one, and always at the same connection.
 */
final class FlowGraph {

    private final List<ServiceId> services;
    private final List<List<Integer>> successors = new ArrayList<>();
    private final List<List<Integer>> predecessors = new ArrayList<>();
    private final Set<ConnectionId> backEdges = new HashSet<>();

    FlowGraph(Diagram diagram) {
        services = diagram.services().stream().map(service -> service.id()).toList();
        Map<ServiceId, Integer> index = new HashMap<>();
        for (int i = 0; i < services.size(); i++) {
            index.put(services.get(i), i);
            successors.add(new ArrayList<>());
            predecessors.add(new ArrayList<>());
        }
        List<Connection> byPriority = new ArrayList<>(diagram.connections());
        byPriority.sort(Comparator.comparing(connection -> connection.type().category() == ConnectionCategory.DESTINATION));
        for (Connection connection : byPriority) {
            int from = index.get(connection.source());
            int to = index.get(connection.target());
            if (from == to || reaches(to, from)) {
                backEdges.add(connection.id());
            } else {
                successors.get(from).add(to);
                predecessors.get(to).add(from);
            }
        }
    }

    int size() {
        return services.size();
    }

    ServiceId service(int node) {
        return services.get(node);
    }

    List<Integer> successors(int node) {
        return successors.get(node);
    }

    List<Integer> predecessors(int node) {
        return predecessors.get(node);
    }

    Set<ConnectionId> backEdges() {
        return backEdges;
    }

    private boolean reaches(int start, int goal) {
        boolean[] seen = new boolean[services.size()];
        Deque<Integer> stack = new ArrayDeque<>();
        stack.push(start);
        seen[start] = true;
        while (!stack.isEmpty()) {
            int node = stack.pop();
            if (node == goal) {
                return true;
            }
            for (int next : successors.get(node)) {
                if (!seen[next]) {
                    seen[next] = true;
                    stack.push(next);
                }
            }
        }
        return false;
    }
}
