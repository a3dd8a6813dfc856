package studio.serverless.runner.stepfunctions.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/** {@code arn:aws:states:::states:startExecution} with and without {@code .sync}, through SfnClient. */
class NestedExecutionsSdkTest {

    private static final String DOUBLER = """
            {"StartAt":"Double","States":{"Double":{"Type":"Pass",
              "Parameters":{"doubled.$":"States.MathAdd($.n, $.n)"},"End":true}}}""";
    private static final String FAILER = """
            {"StartAt":"Boom","States":{"Boom":{"Type":"Fail","Error":"Child.Broke","Cause":"on purpose"}}}""";

    private final CloudWorkflows workflows = new CloudWorkflows();

    @AfterEach
    void stop() {
        workflows.close();
    }

    @Test
    void syncTwoWaitsForTheChildAndAnswersItsOutputAsJson() {
        String child = workflows.machine("Doubler", DOUBLER);

        DescribeExecutionResponse done = workflows.run(parent("startExecution.sync:2", child), "{\"n\":21}");

        assertEquals(ExecutionStatus.SUCCEEDED, done.status(), done.cause());
        JsonNode output = CloudWorkflows.json(done.output());
        assertEquals(42, output.at("/Output/doubled").asInt());
        assertEquals("SUCCEEDED", output.get("Status").asText());
        assertEquals(21, output.at("/Input/n").asInt());
        assertEquals(child, output.get("StateMachineArn").asText());
        assertTrue(output.get("StopDate").asLong() >= output.get("StartDate").asLong());
    }

    @Test
    void syncAnswersTheChildsOutputAsText() {
        String child = workflows.machine("Doubler", DOUBLER);

        DescribeExecutionResponse done = workflows.run(parent("startExecution.sync", child), "{\"n\":2}");

        assertEquals("{\"doubled\":4}", CloudWorkflows.json(done.output()).get("Output").asText());
    }

    @Test
    void aFailedChildFailsTheTaskWithStatesTaskFailedDescribingTheChild() {
        String child = workflows.machine("Failer", FAILER);

        DescribeExecutionResponse done = workflows.run(parent("startExecution.sync", child), "{}");

        assertEquals(ExecutionStatus.FAILED, done.status());
        assertEquals("States.TaskFailed", done.error());
        JsonNode described = CloudWorkflows.json(done.cause());
        assertEquals("FAILED", described.get("Status").asText());
        assertEquals("Child.Broke", described.get("Error").asText());
        assertEquals("on purpose", described.get("Cause").asText());
    }

    @Test
    void withoutSyncTheTaskAnswersAtOnceAndTheChildRunsOnItsOwn() {
        String child = workflows.machine("Doubler", DOUBLER);

        DescribeExecutionResponse done = workflows.run(parent("startExecution", child), "{\"n\":5}");

        JsonNode output = CloudWorkflows.json(done.output());
        assertTrue(output.get("StartDate").isIntegralNumber(), output.toString());
        DescribeExecutionResponse childRun = workflows.await(output.get("ExecutionArn").asText());
        assertEquals("{\"doubled\":10}", childRun.output());
        assertEquals("Child", childRun.name());
    }

    @Test
    void anUnknownChildMachineIsTheStepFunctionsError() {
        String missing = workflows.machine("Doubler", DOUBLER) + "Gone";

        DescribeExecutionResponse done = workflows.run(parent("startExecution", missing), "{}");

        assertEquals("StepFunctions.StateMachineDoesNotExistException", done.error());
    }

    private static String parent(String resource, String child) {
        return "{\"StartAt\":\"Run\",\"States\":{\"Run\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::states:"
                + resource + "\",\"Parameters\":{\"StateMachineArn\":\"" + child + "\",\"Name\":\"Child\","
                + "\"Input.$\":\"$\"},\"End\":true}}}";
    }
}
