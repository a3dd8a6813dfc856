package studio.serverless.runner.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import studio.serverless.runner.lambda.engine.FunctionConfiguration;

/**
 * Java handlers, compiled in the test against aws-lambda-java-core, run in a JVM through the Runtime API and are
 * invoked with the SDK's LambdaClient: RequestHandler with a Map and a POJO, RequestStreamHandler, a
 * {@code Class::method} handler, the context, errors and Lambda's limits.
 */
class JavaFunctionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path root;
    private static FunctionTestCloud cloud;
    private static Path code;

    @BeforeAll
    static void compileHandlers() {
        cloud = new FunctionTestCloud(root);
        code = JavaHandlerCompiler.compile(root.resolve("code"), JavaHandlers.SOURCES);
    }

    @AfterAll
    static void stopCloud() {
        cloud.close();
    }

    private static String function(String handler) {
        return cloud.function(FunctionConfiguration.of(FunctionTestCloud.uniqueName(), "java17", handler, code));
    }

    private static JsonNode payload(InvokeResponse response) throws Exception {
        return JSON.readTree(response.payload().asUtf8String());
    }

    @Test
    void aMapHandlerGetsTheEventAndKeepsItsStateWhileWarm() throws Exception {
        String counter = function("example.Counter");

        cloud.invoke(counter, "{}");
        InvokeResponse second = cloud.invoke(counter, "{\"echo\":\"hello\"}");

        assertNull(second.functionError(), second.payload().asUtf8String());
        assertEquals(2, payload(second).get("count").asInt());
        assertEquals("hello", payload(second).get("echo").asText());
    }

    @Test
    void theContextCarriesTheInvocationAndTheFunction() throws Exception {
        String counter = function("example.Counter");

        InvokeResponse response = cloud.invoke(counter, "{}");

        JsonNode context = payload(response);
        assertEquals(response.responseMetadata().requestId(), context.get("requestId").asText());
        assertEquals(counter, context.get("functionName").asText());
        assertEquals("$LATEST", context.get("functionVersion").asText());
        assertEquals(128, context.get("memoryLimitInMB").asInt());
        assertEquals("arn:aws:lambda:us-east-1:000000000000:function:" + counter, context.get("arn").asText());
        assertEquals("/aws/lambda/" + counter, context.get("logGroup").asText());
        int remaining = context.get("remainingMillis").asInt();
        assertTrue(remaining > 0 && remaining <= 3000, "remaining time " + remaining);
    }

    @Test
    void theLoggerAndStandardOutputLandInTheInvocationsLogBeforeItsEnd() {
        String counter = function("example.Counter");

        InvokeResponse response = cloud.invoke(counter, "{}");

        String tail = FunctionTestCloud.tail(response);
        assertTrue(tail.contains("invocation 1 of " + counter + "\n"), tail);
        assertTrue(tail.contains("printed to System.out\n"), tail);
        assertTrue(tail.indexOf("printed to System.out") < tail.indexOf("END RequestId"), tail);
        assertTrue(tail.contains("Init Duration: "), tail);
    }

    @Test
    void aPojoHandlerReadsAndWritesItsDeclaredTypes() throws Exception {
        String orders = function("example.Orders");

        InvokeResponse response = cloud.invoke(orders, "{\"item\":\"tea\",\"quantity\":3}");

        assertNull(response.functionError(), response.payload().asUtf8String());
        assertEquals("tea x3", payload(response).get("summary").asText());
        assertEquals(9, payload(response).get("total").asInt());
    }

    @Test
    void aStreamHandlerGetsTheRawPayloadAndWritesTheRawResponse() {
        String shout = function("example.Shout");

        InvokeResponse response = cloud.invoke(shout, "{\"say\":\"hi\"}");

        assertEquals("{\"SAY\":\"HI\"}", response.payload().asUtf8String());
    }

    @Test
    void aClassAndMethodHandlerIsCalledWithItsParameterType() {
        String greeter = function("example.Greeter::greet");

        InvokeResponse response = cloud.invoke(greeter, "\"Ada\"");

        assertEquals("\"hello Ada\"", response.payload().asUtf8String());
    }

    @Test
    void aThrownExceptionIsAnUnhandledErrorInAwsShape() throws Exception {
        String counter = function("example.Counter");

        InvokeResponse response = cloud.invoke(counter, "{\"fail\":true}");

        JsonNode error = payload(response);
        assertEquals("Unhandled", response.functionError());
        assertEquals("java.lang.IllegalArgumentException", error.get("errorType").asText());
        assertEquals("the order has no items", error.get("errorMessage").asText());
        assertTrue(error.get("stackTrace").get(0).asText().startsWith("example.Counter.handleRequest(Counter.java:"),
                error.toString());
        assertTrue(FunctionTestCloud.tail(response).contains("java.lang.IllegalArgumentException: the order has no"
                + " items"), FunctionTestCloud.tail(response));
    }

    @Test
    void aFailingStaticInitializerIsAnInitError() throws Exception {
        String broken = cloud.function(FunctionConfiguration.of(FunctionTestCloud.uniqueName(), "java17",
                "example.Counter", code).withEnvironment(Map.of("FAIL_INIT", "yes")));

        InvokeResponse response = cloud.invoke(broken, "{}");

        JsonNode error = payload(response);
        assertEquals("Unhandled", response.functionError());
        assertEquals("java.lang.ExceptionInInitializerError", error.get("errorType").asText());
        assertEquals("Error loading class example.Counter", error.get("errorMessage").asText());
        assertTrue(FunctionTestCloud.tail(response).contains("no configuration"), FunctionTestCloud.tail(response));
    }

    @Test
    void aMissingClassIsAnInitErrorNamingIt() throws Exception {
        String missing = function("example.Missing");

        JsonNode error = payload(cloud.invoke(missing, "{}"));

        assertEquals("java.lang.ClassNotFoundException", error.get("errorType").asText());
        assertEquals("Class not found: example.Missing", error.get("errorMessage").asText());
    }

    @Test
    void systemExitInAHandlerFailsTheInvocationAndTheNextStartsAFreshJvm() throws Exception {
        String counter = function("example.Counter");

        cloud.invoke(counter, "{}");
        InvokeResponse exited = cloud.invoke(counter, "{\"exit\":true}");
        InvokeResponse next = cloud.invoke(counter, "{}");

        assertEquals("Runtime.ExitError", payload(exited).get("errorType").asText());
        assertTrue(payload(exited).get("errorMessage").asText().endsWith("exit status 3"), payload(exited).toString());
        assertEquals(1, payload(next).get("count").asInt(), "a fresh JVM initialises the class again");
    }

    @Test
    void anEndlessLoopTimesOutAndTheFunctionServesAgain() throws Exception {
        String looping = cloud.function(FunctionConfiguration.of(FunctionTestCloud.uniqueName(), "java17",
                "example.Counter", code).withTimeout(Duration.ofSeconds(1)));

        InvokeResponse timedOut = cloud.invoke(looping, "{\"loop\":true}");
        InvokeResponse next = cloud.invoke(looping, "{\"echo\":\"again\"}");

        assertEquals("Sandbox.Timedout", payload(timedOut).get("errorType").asText());
        assertTrue(payload(timedOut).get("errorMessage").asText().endsWith("Task timed out after 1.00 seconds"));
        assertNull(next.functionError(), next.payload().asUtf8String());
        assertEquals("again", payload(next).get("echo").asText());
    }

    @Test
    void anEventTypeOfTheEventsLibraryIsReadFromAwsJson() throws Exception {
        String uploads = function("example.Uploads");

        InvokeResponse response = cloud.invoke(uploads, JavaHandlers.S3_PUT);

        assertNull(response.functionError(), response.payload().asUtf8String());
        assertEquals("\"ObjectCreated:Put example-bucket test/key 1024\"", response.payload().asUtf8String());
    }
}
