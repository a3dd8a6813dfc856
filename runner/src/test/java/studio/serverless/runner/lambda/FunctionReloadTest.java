package studio.serverless.runner.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import studio.serverless.runner.lambda.engine.FunctionConfiguration;
import studio.serverless.runner.lambda.engine.LambdaException;

/**
 * Edited handler code runs next time: registering a function again replaces its warm environments, and reloading
 * it (what {@code studio run} does when a handler file changes) retires them while a running invocation finishes
 * in its old environment.
 */
class FunctionReloadTest {

    private static final String HELD_THEN = """
            import socket

            def handler(event, context):
                if "port" in event:
                    connection = socket.create_connection(("127.0.0.1", event["port"]))
                    connection.recv(1)
                    connection.close()
                return "%s"
            """;

    @TempDir
    Path code;

    @Test
    void registeringAgainRunsTheEditedHandler() throws Exception {
        try (FunctionTestCloud cloud = new FunctionTestCloud(code)) {
            Path folder = cloud.codeFolder(Map.of("app.py", "def handler(event, context):\n    return 'first'\n"));
            FunctionConfiguration function = FunctionConfiguration.of(FunctionTestCloud.uniqueName(), "python3.13",
                    "app.handler", folder);
            cloud.function(function);
            assertEquals("\"first\"", cloud.invoke(function.name(), "{}").payload().asUtf8String());

            Files.writeString(folder.resolve("app.py"), "def handler(event, context):\n    return 'edited'\n");
            cloud.function(function);

            assertEquals("\"edited\"", cloud.invoke(function.name(), "{}").payload().asUtf8String());
        }
    }

    @Test
    void reloadingLetsTheRunningInvocationFinishAndRunsTheEditedHandlerNext() throws Exception {
        try (FunctionTestCloud cloud = new FunctionTestCloud(code); HandlerSignal signal = new HandlerSignal()) {
            Path folder = cloud.codeFolder(Map.of("app.py", HELD_THEN.formatted("old")));
            String function = cloud.function(FunctionConfiguration.of(FunctionTestCloud.uniqueName(), "python3.13",
                    "app.handler", folder).withReservedConcurrency(1));
            CompletableFuture<InvokeResponse> running = CompletableFuture.supplyAsync(
                    () -> cloud.invoke(function, "{\"port\":" + signal.port() + "}"));
            signal.awaitHandler();

            Files.writeString(folder.resolve("app.py"), HELD_THEN.formatted("new"));
            cloud.cloud.lambda().reload(function);
            signal.release();

            assertEquals("\"old\"", running.get(30, TimeUnit.SECONDS).payload().asUtf8String());
            assertEquals("\"new\"", cloud.invoke(function, "{}").payload().asUtf8String());
        }
    }

    @Test
    void reloadingAnUnknownFunctionSaysItIsNotFound() {
        try (FunctionTestCloud cloud = new FunctionTestCloud(code)) {
            LambdaException error = assertThrows(LambdaException.class, () -> cloud.cloud.lambda().reload("nope"));
            assertEquals("Function not found: arn:aws:lambda:us-east-1:000000000000:function:nope", error.getMessage());
        }
    }
}
