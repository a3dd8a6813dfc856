package studio.serverless.model.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders the nodes of each layer to reduce edge crossings, by the barycentre heuristic: sweeping left to right, a
 * node moves to the mean position of its predecessors; sweeping right to left, of its successors. A fixed number
 * of sweeps is made and the order with the fewest crossings wins, so the result is deterministic.
 */
final class CrossingReduction {

    private static final int SWEEPS = 12;

    private final FlowGraph graph;
    private final int[] layerOf;
    private final double[] position;

    private CrossingReduction(FlowGraph graph, List<List<Integer>> layers) {
        this.graph = graph;
        this.layerOf = new int[graph.size()];
        this.position = new double[graph.size()];
        for (int layer = 0; layer < layers.size(); layer++) {
            for (int node : layers.get(layer)) {
                layerOf[node] = layer;
            }
        }
    }

    /** The layers reordered (a new list; the given one is not changed). */
    static List<List<Integer>> reorder(FlowGraph graph, List<List<Integer>> layers) {
        return new CrossingReduction(graph, layers).run(copy(layers));
    }

    /** The number of pairs of edges between the same two layers that cross in this order. */
    static long crossings(FlowGraph graph, List<List<Integer>> layers) {
        CrossingReduction counter = new CrossingReduction(graph, layers);
        counter.record(layers);
        return counter.countCrossings();
    }

    private List<List<Integer>> run(List<List<Integer>> layers) {
        record(layers);
        List<List<Integer>> best = copy(layers);
        long fewest = countCrossings();
        for (int sweep = 0; sweep < SWEEPS && fewest > 0; sweep++) {
            boolean rightward = sweep % 2 == 0;
            for (int step = 1; step < layers.size(); step++) {
                int layer = rightward ? step : layers.size() - 1 - step;
                sortByBarycentre(layers.get(layer), rightward);
                record(layers);
            }
            long crossings = countCrossings();
            if (crossings < fewest) {
                fewest = crossings;
                best = copy(layers);
            }
        }
        return best;
    }

    private void sortByBarycentre(List<Integer> layer, boolean byPredecessors) {
        Map<Integer, Double> barycentre = new HashMap<>();
        for (int node : layer) {
            List<Integer> neighbours = byPredecessors ? graph.predecessors(node) : graph.successors(node);
            barycentre.put(node, neighbours.isEmpty() ? position[node]
                    : neighbours.stream().mapToDouble(next -> position[next]).average().orElseThrow());
        }
        layer.sort(Comparator.comparingDouble(barycentre::get));
    }

    private void record(List<List<Integer>> layers) {
        for (List<Integer> layer : layers) {
            for (int i = 0; i < layer.size(); i++) {
                position[layer.get(i)] = i;
            }
        }
    }

    private long countCrossings() {
        Map<Long, List<int[]>> edgesBetweenLayers = new HashMap<>();
        for (int from = 0; from < graph.size(); from++) {
            for (int to : graph.successors(from)) {
                long key = (long) layerOf[from] << 32 | layerOf[to];
                edgesBetweenLayers.computeIfAbsent(key, k -> new ArrayList<>()).add(new int[] {from, to});
            }
        }
        long crossings = 0;
        for (List<int[]> edges : edgesBetweenLayers.values()) {
            for (int i = 0; i < edges.size(); i++) {
                for (int j = i + 1; j < edges.size(); j++) {
                    double dSource = position[edges.get(i)[0]] - position[edges.get(j)[0]];
                    double dTarget = position[edges.get(i)[1]] - position[edges.get(j)[1]];
                    crossings += dSource * dTarget < 0 ? 1 : 0;
                }
            }
        }
        return crossings;
    }

    private static List<List<Integer>> copy(List<List<Integer>> layers) {
        return layers.stream().map(layer -> (List<Integer>) new ArrayList<>(layer)).toList();
    }
}
