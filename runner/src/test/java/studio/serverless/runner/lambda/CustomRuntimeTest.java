package studio.serverless.runner.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * A custom runtime's {@code bootstrap} (the shell-and-curl one from AWS's tutorial) drives the Runtime API itself;
 * a Python module that fails to import is an init error in AWS's shape.
 */
class CustomRuntimeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOOTSTRAP = """
            #!/bin/sh
            set -eu
            API="http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime"
            while true; do
              HEADERS="$(mktemp)"
              EVENT="$(curl -sS -D "$HEADERS" "$API/invocation/next")"
              REQUEST_ID="$(grep -Fi Lambda-Runtime-Aws-Request-Id "$HEADERS" | tr -d '[:space:]' | cut -d: -f2)"
              rm -f "$HEADERS"
              echo "custom runtime handling $REQUEST_ID"
              curl -sS -o /dev/null "$API/invocation/$REQUEST_ID/response" \\
                -d "{\\"handler\\":\\"$_HANDLER\\",\\"event\\":$EVENT}"
            done
            """;

    @TempDir
    Path code;

    @Test
    void aBootstrapExecutableInTheCodeFolderServesInvocations() throws Exception {
        try (FunctionTestCloud cloud = new FunctionTestCloud(code)) {
            Path folder = cloud.codeFolder(Map.of("bootstrap", BOOTSTRAP));
            Files.setPosixFilePermissions(folder.resolve("bootstrap"), PosixFilePermissions.fromString("rwxr-xr-x"));
            String function = cloud.function(studio.serverless.runner.lambda.engine.FunctionConfiguration.of(
                    FunctionTestCloud.uniqueName(), "provided.al2023", "function.handler", folder));

            InvokeResponse first = cloud.invoke(function, "{\"n\":1}");
            InvokeResponse second = cloud.invoke(function, "{\"n\":2}");

            JsonNode answer = JSON.readTree(second.payload().asUtf8String());
            assertNull(first.functionError());
            assertEquals("function.handler", answer.get("handler").asText());
            assertEquals(2, answer.get("event").get("n").asInt());
            assertTrue(FunctionTestCloud.tail(second).contains("custom runtime handling "
                    + second.responseMetadata().requestId()));
        }
    }

    @Test
    void aModuleThatCannotBeImportedIsAnImportModuleErrorAndTheRunnerKeepsServing() throws Exception {
        try (FunctionTestCloud cloud = new FunctionTestCloud(code)) {
            String broken = cloud.function("python3.13", "app.handler", Map.of("app.py", "import no_such_module\n"));
            String working = cloud.function("python3.13", "ok.handler",
                    Map.of("ok.py", "def handler(event, context):\n    return 'fine'\n"));

            InvokeResponse failed = cloud.invoke(broken, "{}");

            JsonNode error = JSON.readTree(failed.payload().asUtf8String());
            assertEquals("Unhandled", failed.functionError());
            assertEquals("Runtime.ImportModuleError", error.get("errorType").asText());
            assertEquals("Unable to import module 'app': No module named 'no_such_module'",
                    error.get("errorMessage").asText());
            assertEquals("\"fine\"", cloud.invoke(working, "{}").payload().asUtf8String());
        }
    }
}
