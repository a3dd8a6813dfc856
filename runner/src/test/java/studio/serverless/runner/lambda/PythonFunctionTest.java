package studio.serverless.runner.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import studio.serverless.runner.lambda.engine.FunctionConfiguration;

/** Python handlers run in real python3 processes through the Runtime API, invoked with the SDK's LambdaClient. */
class PythonFunctionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COUNTER = """
            import os
            invocations = 0

            def handler(event, context):
                global invocations
                invocations += 1
                print("invocation", invocations, "of", context.function_name)
                if event.get("fail"):
                    raise ValueError("the order has no items")
                if event.get("crash"):
                    os._exit(3)
                if event.get("loop"):
                    while True:
                        pass
                return {"count": invocations, "echo": event.get("echo")}
            """;

    @TempDir
    Path code;
    private FunctionTestCloud cloud;
    private String function;

    @BeforeEach
    void startCloud() {
        cloud = new FunctionTestCloud(code);
        function = cloud.function("python3.13", "app.handler", Map.of("app.py", COUNTER));
    }

    @AfterEach
    void stopCloud() {
        cloud.close();
    }

    @Test
    void aHandlerReturnsItsValueAsThePayload() throws Exception {
        InvokeResponse response = cloud.invoke(function, "{\"echo\":\"hello\"}");

        assertEquals(200, response.statusCode());
        assertNull(response.functionError());
        assertEquals("$LATEST", response.executedVersion());
        assertEquals("hello", JSON.readTree(response.payload().asUtf8String()).get("echo").asText());
    }

    @Test
    void aWarmEnvironmentKeepsItsModuleStateAcrossInvocations() throws Exception {
        cloud.invoke(function, "{}");
        cloud.invoke(function, "{}");
        JsonNode third = JSON.readTree(cloud.invoke(function, "{}").payload().asUtf8String());

        assertEquals(3, third.get("count").asInt());
    }

    @Test
    void aRaisedExceptionIsAnUnhandledFunctionErrorInAwsShape() throws Exception {
        InvokeResponse response = cloud.invoke(function, "{\"fail\":true}");

        JsonNode error = JSON.readTree(response.payload().asUtf8String());
        assertEquals(200, response.statusCode());
        assertEquals("Unhandled", response.functionError());
        assertEquals("ValueError", error.get("errorType").asText());
        assertEquals("the order has no items", error.get("errorMessage").asText());
        assertTrue(error.get("stackTrace").get(0).asText().contains("app.py"), error.toString());
    }

    @Test
    void theLogTailHasTheHandlersOutputBetweenStartEndAndReport() {
        InvokeResponse response = cloud.invoke(function, "{}");

        String tail = FunctionTestCloud.tail(response);
        String requestId = response.responseMetadata().requestId();
        assertTrue(tail.contains("START RequestId: " + requestId + " Version: $LATEST\n"), tail);
        assertTrue(tail.contains("invocation 1 of " + function + "\n"), tail);
        assertTrue(tail.contains("END RequestId: " + requestId + "\n"), tail);
        assertTrue(tail.matches("(?s).*REPORT RequestId: " + requestId + "\tDuration: [0-9.]+ ms\tBilled Duration: "
                + "\\d+ ms\tMemory Size: 128 MB\tMax Memory Used: \\d+ MB\tInit Duration: [0-9.]+ ms\t\n"), tail);
        assertTrue(tail.indexOf("invocation 1") < tail.indexOf("END RequestId"), tail);
    }

    @Test
    void aHandlerThatExitsTheProcessFailsAndTheNextInvocationStartsAFreshEnvironment() throws Exception {
        cloud.invoke(function, "{}");
        InvokeResponse crashed = cloud.invoke(function, "{\"crash\":true}");
        JsonNode next = JSON.readTree(cloud.invoke(function, "{}").payload().asUtf8String());

        JsonNode error = JSON.readTree(crashed.payload().asUtf8String());
        assertEquals("Unhandled", crashed.functionError());
        assertEquals("Runtime.ExitError", error.get("errorType").asText());
        assertTrue(error.get("errorMessage").asText().endsWith("Runtime exited with error: exit status 3"),
                error.toString());
        assertEquals(1, next.get("count").asInt(), "a fresh environment initialises the module again");
    }

    @Test
    void anEndlessLoopTimesOutWithAwsMessageAndTheFunctionServesAgain() throws Exception {
        String looping = cloud.function(FunctionConfiguration.of(FunctionTestCloud.uniqueName(), "python3.13",
                "app.handler", cloud.codeFolder(Map.of("app.py", COUNTER))).withTimeout(Duration.ofSeconds(1)));

        InvokeResponse timedOut = cloud.invoke(looping, "{\"loop\":true}");
        InvokeResponse next = cloud.invoke(looping, "{\"echo\":\"again\"}");

        JsonNode error = JSON.readTree(timedOut.payload().asUtf8String());
        assertEquals("Unhandled", timedOut.functionError());
        assertEquals("Sandbox.Timedout", error.get("errorType").asText());
        assertTrue(error.get("errorMessage").asText().endsWith("Task timed out after 1.00 seconds"), error.toString());
        assertTrue(FunctionTestCloud.tail(timedOut).contains("Task timed out after 1.00 seconds"));
        assertNull(next.functionError());
        assertEquals("again", JSON.readTree(next.payload().asUtf8String()).get("echo").asText());
    }
}
