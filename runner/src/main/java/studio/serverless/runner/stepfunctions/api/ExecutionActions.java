package studio.serverless.runner.stepfunctions.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import studio.serverless.runner.stepfunctions.engine.Execution;
import studio.serverless.runner.stepfunctions.engine.HistoryEvent;

/** StartExecution, DescribeExecution, ListExecutions, StopExecution and GetExecutionHistory. */
final class ExecutionActions {

    private ExecutionActions() {
    }

    static List<SfnAction> all() {
        return List.of(
                new SfnAction("StartExecution", (request, service) -> {
                    Execution execution = service.start(SfnAction.required(request, "stateMachineArn"),
                            SfnAction.text(request, "name"), SfnAction.text(request, "input"));
                    return SfnAction.object().put("executionArn", execution.executionArn())
                            .put("startDate", SfnAction.timestamp(execution.startDate()));
                }),
                new SfnAction("DescribeExecution", (request, service) ->
                        describe(service.execution(SfnAction.required(request, "executionArn")))),
                new SfnAction("ListExecutions", (request, service) -> {
                    String filter = SfnAction.text(request, "statusFilter");
                    ObjectNode answer = SfnAction.object();
                    ArrayNode list = answer.putArray("executions");
                    service.executions(SfnAction.required(request, "stateMachineArn")).stream()
                            .filter(execution -> filter == null || execution.status().name().equals(filter))
                            .forEach(execution -> list.add(summary(execution)));
                    return answer;
                }),
                new SfnAction("StopExecution", (request, service) -> {
                    service.stop(SfnAction.required(request, "executionArn"), SfnAction.text(request, "error"),
                            SfnAction.text(request, "cause"));
                    return SfnAction.object().put("stopDate", SfnAction.timestamp(service.now()));
                }),
                new SfnAction("GetExecutionHistory", ExecutionActions::history));
    }

    private static ObjectNode history(JsonNode request, studio.serverless.runner.stepfunctions.service
            .StepFunctionsService service) {
        List<HistoryEvent> events = service.execution(SfnAction.required(request, "executionArn")).history();
        boolean reverse = request.path("reverseOrder").asBoolean(false);
        ObjectNode answer = SfnAction.object();
        ArrayNode list = answer.putArray("events");
        for (int i = 0; i < events.size(); i++) {
            list.add(HistoryJson.event(events.get(reverse ? events.size() - 1 - i : i)));
        }
        return answer;
    }

    private static ObjectNode summary(Execution execution) {
        ObjectNode summary = SfnAction.object().put("executionArn", execution.executionArn())
                .put("stateMachineArn", execution.stateMachineArn()).put("name", execution.name())
                .put("status", execution.status().name())
                .put("startDate", SfnAction.timestamp(execution.startDate()));
        if (execution.stopDate() != null) {
            summary.put("stopDate", SfnAction.timestamp(execution.stopDate()));
        }
        return summary;
    }

    /** DescribeExecution's answer; StartSyncExecution's builds on it. */
    static ObjectNode describe(Execution execution) {
        ObjectNode answer = summary(execution).put("input", execution.input().toString());
        if (execution.output() != null) {
            answer.put("output", execution.output().toString());
        }
        if (execution.error() != null) {
            answer.put("error", execution.error());
        }
        if (execution.cause() != null) {
            answer.put("cause", execution.cause());
        }
        return answer;
    }
}
