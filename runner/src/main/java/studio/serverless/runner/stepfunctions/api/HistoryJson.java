package studio.serverless.runner.stepfunctions.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import studio.serverless.runner.stepfunctions.engine.HistoryEvent;

/** A history event in the API's shape: its details under the member the type names, e.g. {@code taskFailedEventDetails}. */
final class HistoryJson {

    /** The detail members of HistoryEvent in the API model that the engine fills. */
    private static final Set<String> DETAIL_MEMBERS = Set.of("executionStarted", "executionSucceeded",
            "executionFailed", "executionAborted", "executionTimedOut", "taskScheduled", "taskStarted",
            "taskSucceeded", "taskFailed", "taskTimedOut", "taskSubmitted", "taskSubmitFailed", "mapStateStarted",
            "mapIterationStarted", "mapIterationSucceeded", "mapIterationFailed", "mapIterationAborted",
            "evaluationFailed");

    private HistoryJson() {
    }

    static ObjectNode event(HistoryEvent event) {
        ObjectNode json = SfnAction.object().put("timestamp", SfnAction.timestamp(event.timestamp()))
                .put("type", event.type().name()).put("id", event.id())
                .put("previousEventId", event.previousEventId());
        String member = detailMember(event.type().name());
        if (member != null && !event.details().isEmpty()) {
            json.set(member + "EventDetails", event.details());
        }
        return json;
    }

    private static String detailMember(String type) {
        if (type.endsWith("StateEntered")) {
            return "stateEntered";
        }
        if (type.endsWith("StateExited")) {
            return "stateExited";
        }
        String member = Character.toLowerCase(type.charAt(0)) + type.substring(1);
        return DETAIL_MEMBERS.contains(member) ? member : null;
    }
}
