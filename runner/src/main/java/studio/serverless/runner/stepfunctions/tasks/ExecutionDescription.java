package studio.serverless.runner.stepfunctions.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import studio.serverless.runner.stepfunctions.engine.Execution;
import studio.serverless.runner.stepfunctions.engine.ExecutionStatus;

/**
 * A finished child execution as {@code states:startExecution.sync} reports it: the DescribeExecution response with
 * PascalCase members and dates in epoch milliseconds. With {@code .sync} Input and Output are JSON text, with
 * {@code .sync:2} JSON values.
 */
final class ExecutionDescription {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExecutionDescription() {
    }

    /** {@code execution}, ended, described; {@code asJson} for {@code .sync:2}. */
    static ObjectNode of(Execution execution, boolean asJson) {
        ObjectNode description = JSON.createObjectNode();
        if (execution.status() == ExecutionStatus.FAILED || execution.status() == ExecutionStatus.ABORTED
                || execution.status() == ExecutionStatus.TIMED_OUT) {
            putIfPresent(description, "Cause", execution.cause());
            putIfPresent(description, "Error", execution.error());
        }
        description.put("ExecutionArn", execution.executionArn());
        description.set("Input", payload(execution.input(), asJson));
        description.putObject("InputDetails").put("Included", true);
        description.put("Name", execution.name());
        if (execution.status() == ExecutionStatus.SUCCEEDED) {
            description.set("Output", payload(execution.output(), asJson));
            description.putObject("OutputDetails").put("Included", true);
        }
        description.put("StartDate", execution.startDate().toEpochMilli());
        description.put("StateMachineArn", execution.stateMachineArn());
        description.put("Status", execution.status().name());
        if (execution.stopDate() != null) {
            description.put("StopDate", execution.stopDate().toEpochMilli());
        }
        return description;
    }

    private static JsonNode payload(JsonNode value, boolean asJson) {
        JsonNode present = value == null ? JSON.nullNode() : value;
        return asJson ? present : JSON.getNodeFactory().textNode(present.toString());
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
