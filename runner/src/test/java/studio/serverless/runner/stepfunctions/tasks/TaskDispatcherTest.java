package studio.serverless.runner.stepfunctions.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.serverless.runner.stepfunctions.engine.TaskRequest;
import studio.serverless.runner.stepfunctions.error.StatesFailure;

/** The dispatcher sends each Resource to its integration and refuses the ones the local cloud does not run. */
class TaskDispatcherTest {

    private final TaskDispatcher dispatcher = new TaskDispatcher(
            request -> CompletableFuture.completedFuture(TextNode.valueOf("function " + request.resource())),
            List.of(new LambdaIntegration(request -> CompletableFuture.completedFuture(
                    TextNode.valueOf("invoke " + request.resource())), Clock.systemUTC()),
                    new StepFunctionsIntegration(() -> null, Clock.systemUTC())));

    @ParameterizedTest
    @CsvSource({
            "arn:aws:states:::dynamodb:putItem.sync, dynamodb, putItem, sync",
            "arn:aws:states:::states:startExecution.sync:2, states, startExecution, sync:2",
            "arn:aws:states:::sqs:sendMessage.waitForTaskToken, sqs, sendMessage, waitForTaskToken",
            "arn:aws:states:::aws-sdk:dynamodb:putItem, aws-sdk, dynamodb:putItem, ''",
    })
    void aResourceNamesServiceActionAndPattern(String arn, String service, String action, String pattern) {
        assertEquals(new IntegrationResource(service, action, pattern), IntegrationResource.parse(arn).orElseThrow());
    }

    @Test
    void functionArnsAndLambdaInvokeGoToTheFunctions() throws Exception {
        String function = "arn:aws:lambda:us-east-1:000000000000:function:Work";

        assertEquals("function " + function, answer(function).asText());
        assertEquals("invoke arn:aws:states:::lambda:invoke",
                answer("arn:aws:states:::lambda:invoke.waitForTaskToken").asText());
    }

    @Test
    void aResourceWithoutAnIntegrationFailsSayingWhatRuns() {
        StatesFailure failure = failure("arn:aws:states:::glue:startJobRun.sync");

        assertEquals("States.TaskFailed", failure.error());
        assertEquals("The local cloud does not run the resource 'arn:aws:states:::glue:startJobRun.sync': it runs"
                + " Lambda function ARNs and these arn:aws:states::: integrations: lambda:invoke,"
                + " states:startExecution",
                failure.cause());
    }

    @Test
    void aPatternTheIntegrationDoesNotSupportFailsNamingIt() {
        StatesFailure failure = failure("arn:aws:states:::lambda:invoke.sync");

        assertTrue(failure.cause().contains("the integration pattern '.sync', which lambda:invoke does not support"),
                failure.cause());
    }

    private JsonNode answer(String resource) throws Exception {
        return dispatcher.invoke(request(resource)).get(10, TimeUnit.SECONDS);
    }

    private StatesFailure failure(String resource) {
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> dispatcher.invoke(request(resource)).get(10, TimeUnit.SECONDS));
        return assertInstanceOf(StatesFailure.class, failed.getCause());
    }

    private static TaskRequest request(String resource) {
        return new TaskRequest(resource, CloudWorkflows.JSON.createObjectNode(), "Task",
                "arn:aws:states:us-east-1:000000000000:execution:M:e", () -> { });
    }
}
