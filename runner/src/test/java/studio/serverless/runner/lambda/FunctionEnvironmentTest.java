package studio.serverless.runner.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.runner.lambda.engine.FunctionConfiguration;

/** A handler sees the environment AWS gives it, its own variables, and the local cloud's endpoint. */
class FunctionEnvironmentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENVIRONMENT = """
            import os

            def handler(event, context):
                return {"env": dict(os.environ), "cwd": os.getcwd(),
                        "remaining": context.get_remaining_time_in_millis(), "arn": context.invoked_function_arn}
            """;

    @TempDir
    Path code;
    private FunctionTestCloud cloud;

    @BeforeEach
    void startCloud() {
        cloud = new FunctionTestCloud(code);
    }

    @AfterEach
    void stopCloud() {
        cloud.close();
    }

    @Test
    void theHandlerSeesAwsVariablesItsOwnAndTheLocalEndpoint() throws Exception {
        Path folder = cloud.codeFolder(Map.of("app.py", ENVIRONMENT));
        String name = cloud.function(FunctionConfiguration.of(FunctionTestCloud.uniqueName(), "python3.13",
                "app.handler", folder).withMemory(256).withEnvironment(Map.of("TABLE_NAME", "orders")));

        JsonNode answer = JSON.readTree(cloud.invoke(name, "{}").payload().asUtf8String());

        JsonNode env = answer.get("env");
        assertEquals(name, env.get("AWS_LAMBDA_FUNCTION_NAME").asText());
        assertEquals("$LATEST", env.get("AWS_LAMBDA_FUNCTION_VERSION").asText());
        assertEquals("256", env.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE").asText());
        assertEquals("app.handler", env.get("_HANDLER").asText());
        assertEquals("us-east-1", env.get("AWS_REGION").asText());
        assertEquals("us-east-1", env.get("AWS_DEFAULT_REGION").asText());
        assertTrue(env.get("AWS_LAMBDA_RUNTIME_API").asText().matches("127\\.0\\.0\\.1:\\d+"));
        assertEquals("/aws/lambda/" + name, env.get("AWS_LAMBDA_LOG_GROUP_NAME").asText());
        assertTrue(env.get("AWS_LAMBDA_LOG_STREAM_NAME").asText()
                .matches("\\d{4}/\\d\\d/\\d\\d/\\[\\$LATEST][0-9a-f]{32}"));
        assertEquals("AWS_Lambda_python3.13", env.get("AWS_EXECUTION_ENV").asText());
        assertEquals(folder.toAbsolutePath().toString(), env.get("LAMBDA_TASK_ROOT").asText());
        assertEquals(":UTC", env.get("TZ").asText());
        String accessKey = env.get("AWS_ACCESS_KEY_ID").asText();
        assertTrue(accessKey.matches("ASIA[A-Z0-9]{16}"), accessKey);
        assertEquals(java.util.Optional.of(name), cloud.cloud.lambda().functionWithAccessKey(accessKey),
                "the key is the function's own, so its calls can be traced back to it");
        assertTrue(env.has("AWS_SECRET_ACCESS_KEY"));
        assertEquals(cloud.cloud.endpoint().toString(), env.get("AWS_ENDPOINT_URL").asText());
        assertEquals("orders", env.get("TABLE_NAME").asText());
        assertTrue(env.get("_X_AMZN_TRACE_ID").asText().startsWith("Root=1-"));
        assertEquals(folder.toRealPath().toString(), Path.of(answer.get("cwd").asText()).toRealPath().toString());
        assertEquals(cloud.cloud.lambda().arn(name), answer.get("arn").asText());
        int remaining = answer.get("remaining").asInt();
        assertTrue(remaining > 0 && remaining <= 3000, "remaining time within the 3 s timeout: " + remaining);
    }

    @Test
    void theRunnersOwnEnvironmentDoesNotLeakIntoTheHandler() throws Exception {
        String name = cloud.function("python3.13", "app.handler", Map.of("app.py", ENVIRONMENT));

        JsonNode env = JSON.readTree(cloud.invoke(name, "{}").payload().asUtf8String()).get("env");

        java.util.Set<String> expected = java.util.Set.of("PATH", "HOME", "PWD", "LANG", "TZ");
        System.getenv().keySet().stream()
                .filter(key -> !expected.contains(key) && !key.startsWith("AWS_") && !key.startsWith("LC_"))
                .forEach(key -> assertFalse(env.has(key), key + " leaked into the function"));
    }
}
