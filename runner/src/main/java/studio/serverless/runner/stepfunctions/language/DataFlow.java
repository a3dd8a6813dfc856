package studio.serverless.runner.stepfunctions.language;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import studio.serverless.runner.stepfunctions.path.JsonPath;

/**
 * A state's input and output processing: InputPath, Parameters (or ItemSelector), ResultSelector, ResultPath and
 * OutputPath. An empty path is a field set to {@code null}; an absent path is {@code $}; an absent template null.
 */
public record DataFlow(Optional<JsonPath> inputPath, JsonNode parameters, JsonNode resultSelector,
                       Optional<JsonPath> resultPath, Optional<JsonPath> outputPath) {

    /** No processing: every path {@code $}, no templates. */
    public static final DataFlow NONE = new DataFlow(Optional.of(JsonPath.ROOT), null, null,
            Optional.of(JsonPath.ROOT), Optional.of(JsonPath.ROOT));
}
