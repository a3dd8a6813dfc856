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

/** Node.js handlers (ES modules and CommonJS, async and callback style) run in real node processes. */
class NodeFunctionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ES_MODULE = """
            let invocations = 0;
            export const handler = async (event, context) => {
              invocations += 1;
              console.log(`invocation ${invocations} of ${context.functionName}`);
              if (event.fail) {
                const error = new TypeError("price must be a number");
                throw error;
              }
              if (event.crash) process.exit(4);
              if (event.loop) for (;;) {}
              return { count: invocations, echo: event.echo };
            };
            """;
    private static final String COMMON_JS_CALLBACK = """
            exports.handler = function (event, context, callback) {
              setTimeout(() => event.fail ? callback(new Error("no stock")) : callback(null, { echo: event.echo }), 1);
            };
            """;

    @TempDir
    Path code;
    private FunctionTestCloud cloud;
    private String function;

    @BeforeEach
    void startCloud() {
        cloud = new FunctionTestCloud(code);
        function = cloud.function("nodejs22.x", "index.handler", Map.of("index.mjs", ES_MODULE));
    }

    @AfterEach
    void stopCloud() {
        cloud.close();
    }

    @Test
    void anAsyncEsModuleHandlerReturnsItsValueAndKeepsStateWhileWarm() throws Exception {
        cloud.invoke(function, "{}");
        InvokeResponse second = cloud.invoke(function, "{\"echo\":\"hi\"}");

        JsonNode payload = JSON.readTree(second.payload().asUtf8String());
        assertNull(second.functionError());
        assertEquals(2, payload.get("count").asInt());
        assertEquals("hi", payload.get("echo").asText());
    }

    @Test
    void aCommonJsCallbackHandlerAnswersThroughItsCallback() throws Exception {
        String callbackFunction = cloud.function("nodejs20.x", "handler.handler",
                Map.of("handler.js", COMMON_JS_CALLBACK));

        InvokeResponse answered = cloud.invoke(callbackFunction, "{\"echo\":\"called back\"}");
        InvokeResponse failed = cloud.invoke(callbackFunction, "{\"fail\":true}");

        assertEquals("called back", JSON.readTree(answered.payload().asUtf8String()).get("echo").asText());
        assertEquals("Unhandled", failed.functionError());
        assertEquals("no stock", JSON.readTree(failed.payload().asUtf8String()).get("errorMessage").asText());
    }

    @Test
    void aThrownErrorIsAnUnhandledFunctionErrorWithItsTypeAndStack() throws Exception {
        InvokeResponse response = cloud.invoke(function, "{\"fail\":true}");

        JsonNode error = JSON.readTree(response.payload().asUtf8String());
        assertEquals("Unhandled", response.functionError());
        assertEquals("TypeError", error.get("errorType").asText());
        assertEquals("price must be a number", error.get("errorMessage").asText());
        assertTrue(error.get("stackTrace").get(0).asText().contains("index.mjs"), error.toString());
    }

    @Test
    void processExitFailsTheInvocationAndTheNextOneRunsInAFreshEnvironment() throws Exception {
        cloud.invoke(function, "{}");
        InvokeResponse crashed = cloud.invoke(function, "{\"crash\":true}");
        InvokeResponse next = cloud.invoke(function, "{}");

        assertEquals("Runtime.ExitError", JSON.readTree(crashed.payload().asUtf8String()).get("errorType").asText());
        assertEquals(1, JSON.readTree(next.payload().asUtf8String()).get("count").asInt());
    }

    @Test
    void anEndlessLoopTimesOutAndTheLogTailSaysSo() {
        String looping = cloud.function(FunctionConfiguration.of(FunctionTestCloud.uniqueName(), "nodejs22.x",
                "index.handler", cloud.codeFolder(Map.of("index.mjs", ES_MODULE))).withTimeout(Duration.ofSeconds(1)));

        InvokeResponse timedOut = cloud.invoke(looping, "{\"loop\":true}");

        String tail = FunctionTestCloud.tail(timedOut);
        assertEquals("Unhandled", timedOut.functionError());
        assertTrue(timedOut.payload().asUtf8String().contains("Task timed out after 1.00 seconds"));
        assertTrue(tail.contains("invocation 1 of " + looping), tail);
        assertTrue(tail.contains("END RequestId: "), tail);
        assertNull(cloud.invoke(looping, "{}").functionError());
    }

    @Test
    void aMissingHandlerIsAnInitErrorReportedToTheCaller() throws Exception {
        String missing = cloud.function("nodejs22.x", "index.nothere", Map.of("index.mjs", ES_MODULE));

        InvokeResponse response = cloud.invoke(missing, "{}");

        JsonNode error = JSON.readTree(response.payload().asUtf8String());
        assertEquals("Unhandled", response.functionError());
        assertEquals("Runtime.HandlerNotFound", error.get("errorType").asText());
        assertEquals("index.nothere is undefined or not exported", error.get("errorMessage").asText());
    }
}
