package studio.serverless.runner.provision;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a diagram function's code is and which variables it gets beyond AWS's own: {@code studio run} takes both
 * from the project that {@code studio generate} wrote (the handler folder, and the variables the generator names:
 * {@code TABLE_NAME}...).
 *
 * @param codeFolder  the folder holding the handler ({@code LAMBDA_TASK_ROOT})
 * @param environment the function's environment variables
 */
public record FunctionSource(Path codeFolder, Map<String, String> environment) {

    /** Copies the variables. */
    public FunctionSource {
        environment = Map.copyOf(environment);
    }
}
