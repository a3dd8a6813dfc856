package studio.serverless.runner.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvalidRequestContentException;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/** The Invoke API as the SDK's LambdaClient sees it: invocation types, names and ARNs, errors. */
class InvokeApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPORTER = """
            import json, os, socket

            def handler(event, context):
                if "port" in event:
                    with socket.create_connection(("127.0.0.1", event["port"])) as connection:
                        connection.sendall(json.dumps(event).encode())
                return {"echo": event.get("echo")}
            """;

    @TempDir
    Path code;
    private FunctionTestCloud cloud;
    private String function;

    @BeforeEach
    void startCloud() {
        cloud = new FunctionTestCloud(code);
        function = cloud.function("python3.13", "app.handler", Map.of("app.py", REPORTER));
    }

    @AfterEach
    void stopCloud() {
        cloud.close();
    }

    @Test
    void anUnknownFunctionIsResourceNotFoundWithAwsMessage() {
        ResourceNotFoundException error = assertThrows(ResourceNotFoundException.class,
                () -> cloud.invoke("no-such-function", "{}"));

        assertEquals(404, error.statusCode());
        assertEquals("Function not found: arn:aws:lambda:us-east-1:000000000000:function:no-such-function",
                error.awsErrorDetails().errorMessage());
    }

    @Test
    void aFunctionIsFoundByItsArnAndByAPartialArnWithAQualifier() throws Exception {
        String arn = "arn:aws:lambda:us-east-1:000000000000:function:" + function;

        InvokeResponse byArn = cloud.invoke(arn, "{\"echo\":1}");
        InvokeResponse byPartial = cloud.invoke("000000000000:function:" + function + ":$LATEST", "{\"echo\":2}");

        assertEquals(1, JSON.readTree(byArn.payload().asUtf8String()).get("echo").asInt());
        assertEquals(2, JSON.readTree(byPartial.payload().asUtf8String()).get("echo").asInt());
    }

    @Test
    void aDryRunChecksTheFunctionWithoutRunningIt() {
        InvokeResponse response = cloud.lambda.invoke(b -> b.functionName(function)
                .invocationType(InvocationType.DRY_RUN));

        assertEquals(204, response.statusCode());
        assertThrows(ResourceNotFoundException.class, () -> cloud.lambda.invoke(b -> b.functionName("missing")
                .invocationType(InvocationType.DRY_RUN)));
    }

    @Test
    void anEventInvocationAnswersAtOnceAndRunsTheFunction() throws Exception {
        try (HandlerSignal signal = new HandlerSignal()) {
            InvokeResponse response = cloud.lambda.invoke(b -> b.functionName(function)
                    .invocationType(InvocationType.EVENT)
                    .payload(SdkBytes.fromUtf8String("{\"port\":" + signal.port() + ",\"echo\":\"queued\"}")));

            signal.awaitHandler();
            JsonNode event = JSON.readTree(signal.received());
            assertEquals(202, response.statusCode());
            assertEquals("queued", event.get("echo").asText());
        }
    }

    @Test
    void aPayloadThatIsNotJsonIsRejectedBeforeTheFunctionRuns() {
        InvalidRequestContentException error = assertThrows(InvalidRequestContentException.class,
                () -> cloud.invoke(function, "{not json"));

        assertEquals(400, error.statusCode());
        assertTrue(error.awsErrorDetails().errorMessage().startsWith("Could not parse request body into json"));
    }
}
