package studio.serverless.runner.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.runner.lambda.engine.FunctionConfiguration;

/** Registering a function again replaces its warm environments, so edited handler code runs next time. */
class FunctionReloadTest {

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
}
