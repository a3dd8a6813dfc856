package studio.serverless.runner.stepfunctions.processing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Optional;
import java.util.function.Function;
import studio.serverless.runner.stepfunctions.error.ErrorNames;
import studio.serverless.runner.stepfunctions.error.StatesFailure;
import studio.serverless.runner.stepfunctions.path.JsonPath;

/**
 * InputPath, ResultPath and OutputPath as the specification defines them. An empty path stands for a field set
 * to JSON {@code null}: InputPath and OutputPath then give {@code {}}, ResultPath discards the result.
 */
public final class InputOutput {

    private InputOutput() {
    }

    /** The part of {@code input} that {@code inputPath} selects; a path that selects nothing is States.Runtime. */
    public static JsonNode select(Optional<JsonPath> path, String field, JsonNode input) {
        return select(path, field, input, name -> null);
    }

    /** As {@link #select(Optional, String, JsonNode)}, with a path such as {@code $order.items} read from variables. */
    public static JsonNode select(Optional<JsonPath> path, String field, JsonNode input,
                                  Function<String, JsonNode> variables) {
        if (path.isEmpty()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (path.get().variable() != null) {
            return path.get().find(input, variables).orElseThrow(() -> new StatesFailure(ErrorNames.RUNTIME,
                    "Invalid path '" + path.get() + "' in " + field + ": it selects nothing in the variables"));
        }
        return path.get().find(input).orElseThrow(() -> new StatesFailure(ErrorNames.RUNTIME,
                "Invalid path '" + path.get() + "' in " + field + ": it selects nothing in the input '" + input + "'"));
    }

    /**
     * {@code rawInput} with {@code result} placed at {@code resultPath} ({@code $} replaces the whole input);
     * an input whose shape does not allow it fails with {@code States.ResultPathMatchFailure}.
     */
    public static JsonNode merge(Optional<JsonPath> resultPath, JsonNode rawInput, JsonNode result) {
        if (resultPath.isEmpty()) {
            return rawInput;
        }
        try {
            return resultPath.get().write(rawInput, result);
        } catch (IllegalArgumentException mismatch) {
            throw new StatesFailure(ErrorNames.RESULT_PATH_MATCH_FAILURE, "Unable to apply ResultPath '"
                    + resultPath.get() + "' to input '" + rawInput + "': " + mismatch.getMessage());
        }
    }
}
