package studio.serverless.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import studio.serverless.app.diagnostics.DiagramLoader;
import studio.serverless.app.testing.CliRun;
import studio.serverless.app.testing.ExampleTraffic;
import studio.serverless.model.validation.Validator;

/**
 * {@code studio run} with a state machine, end to end: the order-workflow example's state machine is created from
 * its diagram, a POST to its API starts an execution, and the execution runs the generated Python handlers, as
 * generated (each passes its input on with what it produced), in real python3 processes, one Task state after the
 * other, then records the order in its table; the real AWS SDK's SfnClient then reads the execution, its input
 * and its history. Needs python3 with boto3.
 */
class RunStateMachineEndToEndTest {

    private static final String ORDER_WORKFLOW = Path.of("..", "examples", "order-workflow.studio.json").toString();
    private static final String MACHINE = "arn:aws:states:us-east-1:000000000000:stateMachine:order-workflow";
    private static final List<String> FUNCTIONS = List.of("validate-order", "charge-payment", "ship-order");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<HttpResponse<String>> responses = new ArrayList<>();
    private final List<Map<String, AttributeValue>> recorded = new ArrayList<>();
    private final List<DescribeExecutionResponse> described = new ArrayList<>();
    private final List<HistoryEvent> history = new ArrayList<>();

    private static CliRun run(StopSignal signal, String... args) {
        RunCommand run = new RunCommand(DiagramLoader.standard(), Validator.standard(), signal);
        return CliRun.of(StudioCli.create((file, smokeTest) -> { }, DiagramLoader.standard(), Validator.standard(), run), args);
    }

    @Test
    void aPostedOrderStartsAnExecutionThatRunsTheThreeFunctionsInTurn(@TempDir Path project) throws Exception {
        int apiPort = ExampleTraffic.freePort();

        CliRun result = run(endpoint -> placeOrderThenReadItsExecution(endpoint, apiPort), "run", ORDER_WORKFLOW,
                "--port", "0", "--api-port", Integer.toString(apiPort), "--project", project.toString());

        assertEquals(0, result.exitCode(), String.join("\n", result.err()));
        JsonNode answer = JSON.readTree(responses.get(0).body());
        assertEquals(200, responses.get(0).statusCode(), responses.get(0).body());
        assertEquals("{\"orderId\":\"o-42\"}", described.get(0).input());
        assertEquals(ExecutionStatus.SUCCEEDED, described.get(0).status(), described.get(0).toString());
        assertEquals("SUCCEEDED", answer.get("status").asText());
        assertEquals(List.of("ValidateOrder", "ChargePayment", "ShipOrder", "RecordOrder"), enteredStates());
        JsonNode shipped = JSON.readTree(exitOutput("ShipOrder"));
        assertEquals("o-42", shipped.get("orderId").asText(), shipped.toString());
        String out = String.join("\n", result.out());
        FUNCTIONS.forEach(function -> assertTrue(out.contains("[" + function + "] REPORT RequestId: "), out));
        assertEquals(List.of(Map.of("orderId", AttributeValue.fromS("o-42"), "status", AttributeValue.fromS("SHIPPED"))),
                recorded, "RecordOrder's putItem wrote the order into the table");
    }

    @Test
    void theBannerListsTheStateMachineWithItsArnAndServesEveryRoute(@TempDir Path project) {
        CliRun result = run(endpoint -> { }, "run", ORDER_WORKFLOW, "--port", "0", "--api-port", "0", "--project",
                project.toString());

        String out = String.join("\n", result.out());
        assertTrue(out.matches("(?s).*stepfunctions\\s+order-workflow\\s+" + MACHINE + "\n.*"), out);
        assertTrue(out.contains("  POST /orders -> StartSyncExecution of " + MACHINE), out);
        assertFalse(out.contains("not served yet"), out);
    }

    private void placeOrderThenReadItsExecution(URI endpoint, int apiPort) {
        responses.add(ExampleTraffic.placeOrder(apiPort));
        try (SfnClient sfn = ExampleTraffic.stepFunctions(endpoint)) {
            // an Express workflow: ListExecutions is refused as on AWS, the answer names the execution
            String execution = JSON.readTree(responses.get(0).body()).path("executionArn").asText();
            described.add(sfn.describeExecution(b -> b.executionArn(execution)));
            history.addAll(sfn.getExecutionHistory(b -> b.executionArn(execution)).events());
            recorded.addAll(ExampleTraffic.items(endpoint, "studio-example-orders"));
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(new IOException("reading the execution failed", e));
        }
    }

    private String exitOutput(String state) {
        return history.stream().filter(event -> event.type() == HistoryEventType.TASK_STATE_EXITED
                && event.stateExitedEventDetails().name().equals(state)).findFirst().orElseThrow(
                        () -> new AssertionError(state + " never exited: " + history))
                .stateExitedEventDetails().output();
    }

    private List<String> enteredStates() {
        return history.stream().filter(event -> event.type() == HistoryEventType.TASK_STATE_ENTERED)
                .map(event -> event.stateEnteredEventDetails().name()).toList();
    }
}
