package studio.serverless.runner.stepfunctions.language;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields each state type may have in each query language, the fields only one language has (with what to
 * use in the other instead), and those the engine does not run yet.
 */
final class StateFields {

    /** Fields AWS accepts that this engine does not support yet (distributed Map, credentials). */
    static final Set<String> NOT_YET_SUPPORTED = Set.of("ItemReader", "ItemBatcher", "ResultWriter", "Label",
            "Credentials");

    /** Fields of JSONPath states only, each with what a JSONata state uses instead. */
    static final Map<String, String> JSONPATH_ONLY = Map.ofEntries(Map.entry("InputPath", "$states.input"),
            Map.entry("Parameters", "Arguments (ItemSelector in a Map)"), Map.entry("ResultSelector", "Output"),
            Map.entry("ResultPath", "Output"), Map.entry("OutputPath", "Output"), Map.entry("Result", "Output"),
            Map.entry("ItemsPath", "Items"), Map.entry("SecondsPath", "Seconds with a {% %} expression"),
            Map.entry("TimestampPath", "Timestamp with a {% %} expression"),
            Map.entry("TimeoutSecondsPath", "TimeoutSeconds with a {% %} expression"),
            Map.entry("HeartbeatSecondsPath", "HeartbeatSeconds with a {% %} expression"),
            Map.entry("ErrorPath", "Error with a {% %} expression"),
            Map.entry("CausePath", "Cause with a {% %} expression"),
            Map.entry("MaxConcurrencyPath", "MaxConcurrency"),
            Map.entry("ToleratedFailurePercentagePath", "ToleratedFailurePercentage"),
            Map.entry("ToleratedFailureCountPath", "ToleratedFailureCount"));

    /** Fields of JSONata states only, each with what a JSONPath state uses instead. */
    static final Map<String, String> JSONATA_ONLY = Map.of("Arguments", "Parameters",
            "Output", "ResultSelector, ResultPath or OutputPath", "Items", "ItemsPath");

    private static final List<String> COMMON = List.of("Type", "Comment", "QueryLanguage");
    private static final List<String> FLOW = List.of("InputPath", "OutputPath");
    private static final List<String> NEXT = List.of("Next", "End", "Assign");
    private static final List<String> RESULT = List.of("ResultPath", "ResultSelector", "Retry", "Catch");
    private static final List<String> CATCHING = List.of("Retry", "Catch", "Output");
    private static final List<String> MAP = List.of("ItemProcessor", "Iterator", "ItemSelector", "MaxConcurrency",
            "ToleratedFailurePercentage", "ToleratedFailureCount");

    /** The fields of each type of JSONPath state. */
    static final Map<String, Set<String>> BY_TYPE = Map.of(
            "Pass", of(FLOW, NEXT, List.of("Parameters", "Result", "ResultPath")),
            "Task", of(FLOW, NEXT, RESULT, List.of("Resource", "Parameters", "TimeoutSeconds",
                    "TimeoutSecondsPath", "HeartbeatSeconds", "HeartbeatSecondsPath")),
            "Choice", of(FLOW, List.of("Choices", "Default", "Assign")),
            "Wait", of(FLOW, NEXT, List.of("Seconds", "Timestamp", "SecondsPath", "TimestampPath")),
            "Succeed", of(FLOW),
            "Fail", of(List.of("Error", "ErrorPath", "Cause", "CausePath")),
            "Parallel", of(FLOW, NEXT, RESULT, List.of("Branches", "Parameters")),
            "Map", of(FLOW, NEXT, RESULT, MAP, List.of("ItemsPath", "Parameters", "MaxConcurrencyPath",
                    "ToleratedFailurePercentagePath", "ToleratedFailureCountPath")));

    /** The fields of each type of JSONata state. */
    static final Map<String, Set<String>> JSONATA_BY_TYPE = Map.of(
            "Pass", of(NEXT, List.of("Output")),
            "Task", of(NEXT, CATCHING, List.of("Resource", "Arguments", "TimeoutSeconds", "HeartbeatSeconds")),
            "Choice", of(List.of("Choices", "Default", "Assign", "Output")),
            "Wait", of(NEXT, List.of("Seconds", "Timestamp", "Output")),
            "Succeed", of(List.of("Output")),
            "Fail", of(List.of("Error", "Cause")),
            "Parallel", of(NEXT, CATCHING, List.of("Branches", "Arguments")),
            "Map", of(NEXT, CATCHING, MAP, List.of("Items")));

    private StateFields() {
    }

    /** The fields of {@code type} in {@code language}, null for an unknown type. */
    static Set<String> of(String type, QueryLanguage language) {
        return (language == QueryLanguage.JSONATA ? JSONATA_BY_TYPE : BY_TYPE).get(type);
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
