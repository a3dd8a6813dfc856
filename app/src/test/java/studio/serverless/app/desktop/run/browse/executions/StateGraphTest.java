package studio.serverless.app.desktop.run.browse.executions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The drawing read from ASL: arrows for Next, Choice, Default and Catch; rows top to bottom. */
class StateGraphTest {

    static final String CHOOSING = """
            {"StartAt": "Start", "States": {
              "Start": {"Type": "Pass", "Next": "Decide"},
              "Decide": {"Type": "Choice", "Choices": [{"Variable": "$.go", "BooleanEquals": true, "Next": "Work"}],
                         "Default": "Skip"},
              "Work": {"Type": "Parallel", "Branches": [
                         {"StartAt": "Left", "States": {"Left": {"Type": "Pass", "End": true}}},
                         {"StartAt": "Right", "States": {"Right": {"Type": "Pass", "End": true}}}],
                       "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Broken"}], "Next": "Done"},
              "Skip": {"Type": "Pass", "Next": "Done"},
              "Done": {"Type": "Succeed"},
              "Broken": {"Type": "Fail", "Error": "Broken", "Cause": "a branch failed"}}}
            """;

    private static Map<String, StateNode> byName(StateGraph graph) {
        return graph.nodes().stream().collect(Collectors.toMap(StateNode::name, Function.identity()));
    }

    @Test
    void everyKindOfTransitionBecomesAnArrow() {
        StateGraph graph = StateGraph.of(CHOOSING);

        assertEquals(List.of(
                new StateTransition("Start", "Decide", StateTransition.Kind.NEXT, ""),
                new StateTransition("Decide", "Work", StateTransition.Kind.CHOICE, "rule 1"),
                new StateTransition("Decide", "Skip", StateTransition.Kind.DEFAULT, "default"),
                new StateTransition("Work", "Done", StateTransition.Kind.NEXT, ""),
                new StateTransition("Work", "Broken", StateTransition.Kind.CATCH, "States.ALL"),
                new StateTransition("Skip", "Done", StateTransition.Kind.NEXT, "")), graph.transitions());
    }

    @Test
    void rowsGoDownFromTheStartAndAJoinIsBelowBothBranches() {
        Map<String, StateNode> nodes = byName(StateGraph.of(CHOOSING));

        assertEquals(0, nodes.get("Start").layer());
        assertEquals(1, nodes.get("Decide").layer());
        assertEquals(2, nodes.get("Work").layer());
        assertEquals(2, nodes.get("Skip").layer());
        assertEquals(3, nodes.get("Done").layer());
        assertTrue(nodes.get("Work").column() != nodes.get("Skip").column());
    }

    @Test
    void aParallelStateIsOneBoxWithAMarkerAndEndsAreKnown() {
        Map<String, StateNode> nodes = byName(StateGraph.of(CHOOSING));

        assertEquals("[2 branches]", nodes.get("Work").marker());
        assertTrue(nodes.get("Done").end() && nodes.get("Broken").end());
        assertEquals(6, nodes.size());
    }

    @Test
    void aLoopBackToAnEarlierStateDoesNotPushItDown() {
        Map<String, StateNode> nodes = byName(StateGraph.of("""
                {"StartAt": "Poll", "States": {
                  "Poll": {"Type": "Wait", "Seconds": 5, "Next": "Ready?"},
                  "Ready?": {"Type": "Choice", "Choices": [{"Variable": "$.ready", "BooleanEquals": true,
                             "Next": "Done"}], "Default": "Poll"},
                  "Done": {"Type": "Succeed"}}}
                """));

        assertEquals(List.of(0, 1, 2), List.of(nodes.get("Poll").layer(), nodes.get("Ready?").layer(),
                nodes.get("Done").layer()));
    }

    @Test
    void aMapStateIsOneBoxSayingHowManyStatesRunForEachItem() {
        Map<String, StateNode> nodes = byName(StateGraph.of("""
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "End": true, "ItemProcessor": {
                  "StartAt": "One", "States": {"One": {"Type": "Pass", "Next": "Two"},
                                               "Two": {"Type": "Pass", "End": true}}}}}}
                """));

        assertEquals("[each item: 2 states]", nodes.get("Each").marker());
        assertEquals(1, nodes.size());
    }
}
