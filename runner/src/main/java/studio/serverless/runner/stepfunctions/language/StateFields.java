package studio.serverless.runner.stepfunctions.language;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The fields each state type may have in the JSONPath query language, and those the engine does not run yet. */
final class StateFields {

    /** Fields AWS accepts that this engine does not support yet (JSONata, variables, distributed Map). */
    static final Set<String> NOT_YET_SUPPORTED = Set.of("Assign", "Arguments", "Output", "Items", "ItemReader",
            "ItemBatcher", "ResultWriter", "Label", "Credentials");

    private static final List<String> COMMON = List.of("Type", "Comment", "QueryLanguage");
    private static final List<String> FLOW = List.of("InputPath", "OutputPath");
    private static final List<String> NEXT = List.of("Next", "End");
    private static final List<String> RESULT = List.of("ResultPath", "ResultSelector", "Retry", "Catch");

    static final Map<String, Set<String>> BY_TYPE = Map.of(
            "Pass", of(FLOW, NEXT, List.of("Parameters", "Result", "ResultPath")),
            "Task", of(FLOW, NEXT, RESULT, List.of("Resource", "Parameters", "TimeoutSeconds",
                    "TimeoutSecondsPath", "HeartbeatSeconds", "HeartbeatSecondsPath")),
            "Choice", of(FLOW, List.of("Choices", "Default")),
            "Wait", of(FLOW, NEXT, List.of("Seconds", "Timestamp", "SecondsPath", "TimestampPath")),
            "Succeed", of(FLOW),
            "Fail", of(List.of("Error", "ErrorPath", "Cause", "CausePath")),
            "Parallel", of(FLOW, NEXT, RESULT, List.of("Branches", "Parameters")),
            "Map", of(FLOW, NEXT, RESULT, List.of("ItemProcessor", "Iterator", "ItemsPath", "ItemSelector",
                    "Parameters", "MaxConcurrency", "MaxConcurrencyPath", "ToleratedFailurePercentage",
                    "ToleratedFailurePercentagePath", "ToleratedFailureCount", "ToleratedFailureCountPath")));

    private StateFields() {
    }

    @SafeVarargs
    private static Set<String> of(List<String>... groups) {
        Set<String> fields = new HashSet<>(COMMON);
        for (List<String> group : groups) {
            fields.addAll(group);
        }
        return Set.copyOf(fields);
    }
}
