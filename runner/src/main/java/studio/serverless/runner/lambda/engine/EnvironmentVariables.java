package studio.serverless.runner.lambda.engine;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables a runtime process starts with: AWS's reserved ones, then the function's own. Nothing is
 * inherited from the runner except {@code PATH} (to find python3 and node) and {@code HOME}, so a developer's
 * real AWS credentials never reach a handler: it gets dummy keys and talks to the local cloud. Its access key id is its own, so its calls can be told apart.
 */
final class EnvironmentVariables {

    private EnvironmentVariables() {
    }

    static Map<String, String> of(FunctionConfiguration function, String region, String runtimeApi,
            String logStream, Path bootstrapFolder, String accessKeyId) {
        Map<String, String> variables = new LinkedHashMap<>();
        putIfPresent(variables, "PATH");
        putIfPresent(variables, "HOME");
        variables.put("LANG", "en_US.UTF-8");
        variables.put("TZ", ":UTC");
        variables.put("AWS_LAMBDA_FUNCTION_NAME", function.name());
        variables.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        variables.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(function.memoryMegabytes()));
        variables.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + function.name());
        variables.put("AWS_LAMBDA_LOG_STREAM_NAME", logStream);
        variables.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        variables.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        variables.put("AWS_REGION", region);
        variables.put("AWS_DEFAULT_REGION", region);
        if (RuntimeKind.of(function.runtime()) != RuntimeKind.CUSTOM) {
            variables.put("AWS_EXECUTION_ENV", "AWS_Lambda_" + function.runtime());
        }
        variables.put("_HANDLER", function.handler());
        variables.put("LAMBDA_TASK_ROOT", function.codeFolder().toAbsolutePath().toString());
        variables.put("LAMBDA_RUNTIME_DIR", bootstrapFolder.toString());
        variables.put("AWS_ACCESS_KEY_ID", accessKeyId);
        variables.put("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        variables.put("AWS_SESSION_TOKEN", "local-session-token");
        variables.putAll(function.environment());
        return variables;
    }

    private static void putIfPresent(Map<String, String> variables, String name) {
        String value = System.getenv(name);
        if (value != null) {
            variables.put(name, value);
        }
    }
}
