package studio.serverless.model.validation.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Tarjan's algorithm, iterative so that a long chain cannot overflow the stack: finds the strongly connected
 * components of the {@link CausesGraph} that hold a cycle (two or more nodes, or one node with an edge to itself),
 * in O(V + E).
 */
final class StronglyConnectedComponents {

    private final CausesGraph graph;
    private final int[] order;
    private final int[] lowLink;
    private final boolean[] onStack;
    private final Deque<Integer> stack = new ArrayDeque<>();
    private final List<List<Integer>> cyclic = new ArrayList<>();
    private int counter;

    private StronglyConnectedComponents(CausesGraph graph) {
        this.graph = graph;
        order = new int[graph.size()];
        lowLink = new int[graph.size()];
        onStack = new boolean[graph.size()];
        Arrays.fill(order, -1);
    }

    /** The components of the graph that hold a cycle, each as its nodes in ascending (diagram) order. */
    static List<List<Integer>> cyclicComponents(CausesGraph graph) {
        StronglyConnectedComponents search = new StronglyConnectedComponents(graph);
        for (int node = 0; node < graph.size(); node++) {
            if (search.order[node] < 0) {
                search.visitFrom(node);
            }
        }
        return search.cyclic;
    }

    private void visitFrom(int root) {
        Deque<int[]> frames = new ArrayDeque<>(); // {node, index of the next edge to follow}
        enter(root, frames);
        while (!frames.isEmpty()) {
            int[] frame = frames.peek();
            int node = frame[0];
            if (frame[1] < graph.causes(node).size()) {
                int next = graph.node(graph.causes(node).get(frame[1]++).target());
                if (order[next] < 0) {
                    enter(next, frames);
                } else if (onStack[next]) {
                    lowLink[node] = Math.min(lowLink[node], order[next]);
                }
                continue;
            }
            frames.pop();
            if (!frames.isEmpty()) {
                int parent = frames.peek()[0];
                lowLink[parent] = Math.min(lowLink[parent], lowLink[node]);
            }
            if (lowLink[node] == order[node]) {
                collectComponent(node);
            }
        }
    }

    private void enter(int node, Deque<int[]> frames) {
        order[node] = counter;
        lowLink[node] = counter++;
        stack.push(node);
        onStack[node] = true;
        frames.push(new int[] {node, 0});
    }

    private void collectComponent(int root) {
        List<Integer> component = new ArrayList<>();
        int member;
        do {
            member = stack.pop();
            onStack[member] = false;
            component.add(member);
        } while (member != root);
        if (component.size() > 1 || hasSelfLoop(root)) {
            component.sort(null);
            cyclic.add(List.copyOf(component));
        }
    }

    private boolean hasSelfLoop(int node) {
        return graph.causes(node).stream().anyMatch(connection -> graph.node(connection.target()) == node);
    }
}
