package studio.serverless.runner.stepfunctions.language;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import studio.serverless.runner.stepfunctions.path.JsonPath;

/**
 * A state's input and output processing. In JSONPath: InputPath, Parameters (or ItemSelector), ResultSelector,
 * ResultPath and OutputPath; an empty path is a field set to {@code null}, an absent path {@code $}, an absent
 * template null. In JSONata: Arguments (or ItemSelector) in {@code parameters} and {@code output}, every path
 * {@code $}. {@code assign} (null when unset) sets workflow variables in either language.
 */
public record DataFlow(Optional<JsonPath> inputPath, JsonNode parameters, JsonNode resultSelector,
                       Optional<JsonPath> resultPath, Optional<JsonPath> outputPath, QueryLanguage language,
                       JsonNode output, JsonNode assign) {

    /** No processing: every path {@code $}, no templates. */
    public static final DataFlow NONE = new DataFlow(Optional.of(JsonPath.ROOT), null, null,
            Optional.of(JsonPath.ROOT), Optional.of(JsonPath.ROOT));

    /** A JSONPath state's processing without variables. */
    public DataFlow(Optional<JsonPath> inputPath, JsonNode parameters, JsonNode resultSelector,
                    Optional<JsonPath> resultPath, Optional<JsonPath> outputPath) {
        this(inputPath, parameters, resultSelector, resultPath, outputPath, QueryLanguage.JSONPATH, null, null);
    }

    /** A JSONata state's processing: Arguments (or ItemSelector), Output and Assign, each null when unset. */
    public static DataFlow jsonata(JsonNode arguments, JsonNode output, JsonNode assign) {
        return new DataFlow(Optional.of(JsonPath.ROOT), arguments, null, Optional.of(JsonPath.ROOT),
                Optional.of(JsonPath.ROOT), QueryLanguage.JSONATA, output, assign);
    }

    /** Whether the state uses JSONata. */
    public boolean jsonata() {
        return language == QueryLanguage.JSONATA;
    }
}
