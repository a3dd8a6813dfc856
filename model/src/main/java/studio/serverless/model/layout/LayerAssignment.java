package studio.serverless.model.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Puts each service of an acyclic flow graph in a layer: a service sits one layer right of its furthest
 * predecessor (longest path), and a pure source then moves right to just before its nearest successor, so an
 * upload bucket stands next to the function it triggers rather than far left. Unconnected services go in the
 * first layer.
 */
final class LayerAssignment {

    private LayerAssignment() {
    }

    /** The layers, left to right, each listing its nodes in topological order (ties in diagram order). */
    static List<List<Integer>> layers(FlowGraph graph) {
        int[] layer = new int[graph.size()];
        for (int node : topologicalOrder(graph)) {
            for (int predecessor : graph.predecessors(node)) {
                layer[node] = Math.max(layer[node], layer[predecessor] + 1);
            }
        }
        for (int node = 0; node < graph.size(); node++) {
            if (graph.predecessors(node).isEmpty() && !graph.successors(node).isEmpty()) {
                int nearest = graph.successors(node).stream().mapToInt(next -> layer[next]).min().orElseThrow();
                layer[node] = nearest - 1;
            }
        }
        List<List<Integer>> layers = new ArrayList<>();
        for (int node : topologicalOrder(graph)) {
            while (layers.size() <= layer[node]) {
                layers.add(new ArrayList<>());
            }
            layers.get(layer[node]).add(node);
        }
        return layers;
    }

    private static List<Integer> topologicalOrder(FlowGraph graph) {
        int[] waitingFor = new int[graph.size()];
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int node = 0; node < graph.size(); node++) {
            waitingFor[node] = graph.predecessors(node).size();
            if (waitingFor[node] == 0) {
                ready.add(node);
            }
        }
        List<Integer> order = new ArrayList<>(graph.size());
        while (!ready.isEmpty()) {
            int node = ready.poll();
            order.add(node);
            for (int next : graph.successors(node)) {
                if (--waitingFor[next] == 0) {
                    ready.add(next);
                }
            }
        }
        return order;
    }
}
