package studio.serverless.model.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.ServiceId;

/**
 * Lays a diagram out left to right by data flow: sources on the left, sinks on the right, each connection
 * pointing rightwards except those that close a cycle. Layers are columns; the figures of a column are stacked
 * with the spacing given and the columns centred on the tallest one. Pure and deterministic: the same diagram
 * always gives the same positions, and the diagram is not changed.
 */
public final class LayeredLayout {

    private final LayoutSpacing spacing;

    /** A layout with these figure sizes and gaps. */
    public LayeredLayout(LayoutSpacing spacing) {
        this.spacing = spacing;
    }

    /** New positions for every service of the diagram, the first column's top at {@code origin}. */
    public DiagramLayout arrange(Diagram diagram, Point origin) {
        FlowGraph graph = new FlowGraph(diagram);
        List<List<Integer>> layers = CrossingReduction.reorder(graph, LayerAssignment.layers(graph));
        int tallest = layers.stream().mapToInt(List::size).max().orElse(0);
        Map<ServiceId, Point> byNode = new LinkedHashMap<>();
        for (int column = 0; column < layers.size(); column++) {
            List<Integer> layer = layers.get(column);
            int firstRow = (tallest - layer.size()) / 2;
            for (int row = 0; row < layer.size(); row++) {
                byNode.put(graph.service(layer.get(row)), origin.translate(column * spacing.layerStep(),
                        (firstRow + row) * spacing.rowStep()));
            }
        }
        Map<ServiceId, Point> inDiagramOrder = new LinkedHashMap<>();
        for (int node = 0; node < graph.size(); node++) {
            inDiagramOrder.put(graph.service(node), byNode.get(graph.service(node)));
        }
        return new DiagramLayout(inDiagramOrder, graph.backEdges());
    }

    /** The number of crossings between edges of neighbouring columns in a layout (for tests and tuning). */
    static long crossings(Diagram diagram) {
        FlowGraph graph = new FlowGraph(diagram);
        return CrossingReduction.crossings(graph, CrossingReduction.reorder(graph, LayerAssignment.layers(graph)));
    }
}
