package studio.serverless.runner.stepfunctions.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import studio.serverless.runner.lambda.engine.FunctionConfiguration;

/** Lambda Task states on a local Python function: {@code lambda:invoke}, a plain function ARN, a function error. */
class LambdaIntegrationSdkTest {

    private static final String DOUBLER = """
            def handler(event, context):
                if event.get("n") is None:
                    raise ValueError("no n")
                return {"doubled": event["n"] * 2}
            """;
    private static final String ARN = "arn:aws:lambda:us-east-1:000000000000:function:Doubler";

    @TempDir
    Path code;
    private final CloudWorkflows workflows = new CloudWorkflows();

    @BeforeEach
    void registerFunction() throws IOException {
        Files.writeString(code.resolve("app.py"), DOUBLER);
        workflows.cloud.lambda().register(FunctionConfiguration.of("Doubler", "python3.13", "app.handler", code));
    }

    @AfterEach
    void stop() {
        workflows.close();
    }

    @Test
    void invokeAnswersThePayloadWithStatusAndSdkMetadata() {
        DescribeExecutionResponse done = workflows.run(task("arn:aws:states:::lambda:invoke",
                "{\"FunctionName\":\"Doubler\",\"Payload.$\":\"$\"}"), "{\"n\":4}");

        assertEquals(ExecutionStatus.SUCCEEDED, done.status(), done.cause());
        JsonNode output = CloudWorkflows.json(done.output());
        assertEquals(8, output.at("/Payload/doubled").asInt());
        assertEquals(200, output.get("StatusCode").asInt());
        assertEquals(200, output.at("/SdkHttpMetadata/HttpStatusCode").asInt());
    }

    @Test
    void aFunctionArnAnswersTheFunctionsResponseItself() {
        DescribeExecutionResponse done = workflows.run(task(ARN, "{\"n.$\":\"$.n\"}"), "{\"n\":5}");

        assertEquals("{\"doubled\":10}", done.output());
    }

    @Test
    void aFunctionErrorIsCaughtByItsErrorType() {
        String definition = task(ARN, "{}").replace("\"End\":true", "\"Catch\":[{\"ErrorEquals\":[\"ValueError\"],"
                + "\"Next\":\"Handled\"}],\"End\":true")
                .replace("}}}", "},\"Handled\":{\"Type\":\"Pass\",\"End\":true}}}");

        DescribeExecutionResponse done = workflows.run(definition, "{}");

        assertEquals(ExecutionStatus.SUCCEEDED, done.status(), done.cause());
        assertEquals("ValueError", CloudWorkflows.json(done.output()).get("Error").asText());
    }

    private static String task(String resource, String parameters) {
        return "{\"StartAt\":\"Call\",\"States\":{\"Call\":{\"Type\":\"Task\",\"Resource\":\"" + resource
                + "\",\"Parameters\":" + parameters + ",\"End\":true}}}";
    }
}
