package studio.serverless.runner.stepfunctions.language;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import studio.serverless.runner.stepfunctions.path.JsonPath;

/**
 * One entry of a Catch field: the errors it matches, the state to go to, where the error output goes (JSONPath
 * ResultPath) or what the output is (JSONata Output, null when unset), and the variables it assigns (null: none).
 */
public record Catcher(List<String> errorEquals, String next, Optional<JsonPath> resultPath, JsonNode output,
                      JsonNode assign) {

    /** A JSONPath catcher without Assign. */
    public Catcher(List<String> errorEquals, String next, Optional<JsonPath> resultPath) {
        this(errorEquals, next, resultPath, null, null);
    }
}
