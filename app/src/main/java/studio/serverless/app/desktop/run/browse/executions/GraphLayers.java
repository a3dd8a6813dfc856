package studio.serverless.app.desktop.run.browse.executions;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A simple layered layout, top to bottom: loops are broken where a depth-first walk from the start meets a state
 * still on its path, then each state's row is the longest path to it from the start, so every forward arrow points
 * down. States no arrow reaches go to a last row. Within a row states keep the order the walk found them in.
 */
final class GraphLayers {

    private GraphLayers() {
    }

    /** Row and column of every state, by name: {@code {row, column}}. */
    static Map<String, int[]> place(String start, Collection<String> states, List<StateTransition> transitions) {
        Map<String, List<String>> next = new LinkedHashMap<>();
        states.forEach(state -> next.put(state, new ArrayList<>()));
        transitions.forEach(t -> next.get(t.from()).add(t.to()));
        List<String> order = new ArrayList<>();
        Set<String> backEdges = new HashSet<>();
        if (next.containsKey(start)) {
            walk(start, next, new HashSet<>(), new HashSet<>(), order, backEdges);
        }
        Map<String, Integer> rows = longestPaths(order, next, backEdges);
        int lastRow = rows.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        states.stream().filter(state -> !rows.containsKey(state)).forEach(state -> rows.put(state, lastRow));
        Map<String, int[]> places = new HashMap<>();
        Map<Integer, Integer> used = new HashMap<>();
        List<String> placementOrder = new ArrayList<>(order);
        states.stream().filter(state -> !order.contains(state)).forEach(placementOrder::add);
        for (String state : placementOrder) {
            int row = rows.get(state);
            places.put(state, new int[] {row, used.merge(row, 1, Integer::sum) - 1});
        }
        return places;
    }

    private static void walk(String state, Map<String, List<String>> next, Set<String> onPath, Set<String> seen,
                             List<String> order, Set<String> backEdges) {
        seen.add(state);
        onPath.add(state);
        order.add(state);
        for (String target : next.get(state)) {
            if (onPath.contains(target)) {
                backEdges.add(state + "\u0000" + target);
            } else if (!seen.contains(target)) {
                walk(target, next, onPath, seen, order, backEdges);
            }
        }
        onPath.remove(state);
    }

    private static Map<String, Integer> longestPaths(List<String> reached, Map<String, List<String>> next,
                                                     Set<String> backEdges) {
        Map<String, Integer> incoming = new HashMap<>();
        reached.forEach(state -> incoming.put(state, 0));
        forwardEdges(reached, next, backEdges, (from, to) -> incoming.merge(to, 1, Integer::sum));
        Map<String, Integer> rows = new LinkedHashMap<>();
        Deque<String> ready = new ArrayDeque<>();
        reached.stream().filter(state -> incoming.get(state) == 0).forEach(state -> {
            rows.put(state, 0);
            ready.add(state);
        });
        while (!ready.isEmpty()) {
            String state = ready.poll();
            forwardEdges(List.of(state), next, backEdges, (from, to) -> {
                rows.merge(to, rows.get(from) + 1, Math::max);
                if (incoming.merge(to, -1, Integer::sum) == 0) {
                    ready.add(to);
                }
            });
        }
        return rows;
    }

    private static void forwardEdges(List<String> states, Map<String, List<String>> next, Set<String> backEdges,
                                     java.util.function.BiConsumer<String, String> action) {
        for (String from : states) {
            for (String to : new HashSet<>(next.get(from))) {
                if (!backEdges.contains(from + "\u0000" + to)) {
                    action.accept(from, to);
                }
            }
        }
    }
}
