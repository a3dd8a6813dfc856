package studio.serverless.app.desktop.run.browse.executions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The top level of a state machine as boxes and arrows, read from its ASL definition: Next, Choice rules and
 * Default, and Catch become arrows; a Parallel or Map state is one box with a marker saying what runs inside it
 * (its inner states show up as steps of the execution, not in the drawing). Rows come from {@link GraphLayers}.
 */
public final class StateGraph {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String startAt;
    private final List<StateNode> nodes;
    private final List<StateTransition> transitions;

    private StateGraph(String startAt, List<StateNode> nodes, List<StateTransition> transitions) {
        this.startAt = startAt;
        this.nodes = List.copyOf(nodes);
        this.transitions = List.copyOf(transitions);
    }

    /**
     * Reads a definition; one that is not JSON or has no States gives an empty graph (the service refused such
     * machines already, so this only happens for a machine deleted and recreated under the same name).
     */
    public static StateGraph of(String definition) {
        JsonNode root;
        try {
            root = JSON.readTree(definition);
        } catch (JsonProcessingException e) {
            return new StateGraph("", List.of(), List.of());
        }
        JsonNode states = root == null ? null : root.get("States");
        if (states == null || !states.isObject()) {
            return new StateGraph("", List.of(), List.of());
        }
        String startAt = root.path("StartAt").asText("");
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        states.properties().forEach(entry -> byName.put(entry.getKey(), entry.getValue()));
        List<StateTransition> transitions = new ArrayList<>();
        byName.forEach((name, state) -> transitions.addAll(transitionsOf(name, state, byName)));
        Map<String, int[]> places = GraphLayers.place(startAt, byName.keySet(), transitions);
        List<StateNode> nodes = new ArrayList<>();
        byName.forEach((name, state) -> nodes.add(new StateNode(name, state.path("Type").asText(""),
                marker(state), places.get(name)[0], places.get(name)[1], ends(state))));
        return new StateGraph(startAt, nodes, transitions);
    }

    /** The name of the first state. */
    public String startAt() {
        return startAt;
    }

    /** The top-level states, in definition order. */
    public List<StateNode> nodes() {
        return nodes;
    }

    /** The arrows between them. */
    public List<StateTransition> transitions() {
        return transitions;
    }

    /** Whether the top level has a state of this name. */
    public boolean contains(String stateName) {
        return nodes.stream().anyMatch(node -> node.name().equals(stateName));
    }

    private static List<StateTransition> transitionsOf(String name, JsonNode state, Map<String, JsonNode> states) {
        List<StateTransition> found = new ArrayList<>();
        add(found, states, name, state.path("Next"), StateTransition.Kind.NEXT, "");
        JsonNode choices = state.path("Choices");
        for (int i = 0; i < choices.size(); i++) {
            add(found, states, name, choices.get(i).path("Next"), StateTransition.Kind.CHOICE, "rule " + (i + 1));
        }
        add(found, states, name, state.path("Default"), StateTransition.Kind.DEFAULT, "default");
        for (JsonNode catcher : state.path("Catch")) {
            List<String> errors = new ArrayList<>();
            catcher.path("ErrorEquals").forEach(error -> errors.add(error.asText()));
            add(found, states, name, catcher.path("Next"), StateTransition.Kind.CATCH, String.join(", ", errors));
        }
        return found;
    }

    private static void add(List<StateTransition> found, Map<String, JsonNode> states, String from, JsonNode next,
                            StateTransition.Kind kind, String label) {
        if (next.isTextual() && states.containsKey(next.asText())) {
            found.add(new StateTransition(from, next.asText(), kind, label));
        }
    }

    private static String marker(JsonNode state) {
        String type = state.path("Type").asText("");
        if (type.equals("Parallel")) {
            int branches = state.path("Branches").size();
            return "[" + branches + (branches == 1 ? " branch]" : " branches]");
        }
        if (type.equals("Map")) {
            JsonNode inner = state.has("ItemProcessor") ? state.path("ItemProcessor") : state.path("Iterator");
            int count = inner.path("States").size();
            return "[each item: " + count + (count == 1 ? " state]" : " states]");
        }
        return "";
    }

    private static boolean ends(JsonNode state) {
        String type = state.path("Type").asText("");
        return state.path("End").asBoolean(false) || type.equals("Succeed") || type.equals("Fail");
    }
}
