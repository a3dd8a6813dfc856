package studio.serverless.runner.stepfunctions.language;

import java.util.List;
import java.util.Optional;
import studio.serverless.runner.stepfunctions.path.JsonPath;

/** One entry of a Catch field: the errors it matches, the state to go to, and where the error output goes. */
public record Catcher(List<String> errorEquals, String next, Optional<JsonPath> resultPath) {
}
