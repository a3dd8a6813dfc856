package studio.serverless.runner.stepfunctions.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import studio.serverless.runner.stepfunctions.engine.Execution;
import studio.serverless.runner.stepfunctions.engine.HistoryEvent;
import studio.serverless.runner.stepfunctions.service.StepFunctionsError;
import studio.serverless.runner.stepfunctions.service.StepFunctionsException;
import studio.serverless.runner.stepfunctions.service.StepFunctionsService;

/**
 * StartExecution, StartSyncExecution, DescribeExecution, ListExecutions, StopExecution and GetExecutionHistory.
 * StartSyncExecution waits for the execution on the request's own thread; the execution's steps still run on the
 * engine's scheduler.
 */
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
                new SfnAction("StartSyncExecution", (request, service) -> ExecutionJson.syncResult(
                        service.startSync(SfnAction.required(request, "stateMachineArn"),
                                SfnAction.text(request, "name"), SfnAction.text(request, "input"))
                                .completion().join())),
                new SfnAction("DescribeExecution", (request, service) ->
                        ExecutionJson.describe(service.execution(SfnAction.required(request, "executionArn")))),
                new SfnAction("ListExecutions", ExecutionActions::list),
                new SfnAction("StopExecution", (request, service) -> {
                    service.stop(SfnAction.required(request, "executionArn"), SfnAction.text(request, "error"),
                            SfnAction.text(request, "cause"));
                    return SfnAction.object().put("stopDate", SfnAction.timestamp(service.now()));
                }),
                new SfnAction("GetExecutionHistory", ExecutionActions::history));
    }

    private static ObjectNode list(JsonNode request, StepFunctionsService service) {
        String filter = SfnAction.text(request, "statusFilter");
        String machineArn = SfnAction.required(request, "stateMachineArn");
        if (service.machine(machineArn).express()) {
            throw new StepFunctionsException(StepFunctionsError.STATE_MACHINE_TYPE_NOT_SUPPORTED, "This operation is"
                    + " not supported by EXPRESS state machines: '" + machineArn + "' (AWS logs their executions"
                    + " to CloudWatch Logs instead)");
        }
        List<Execution> matching = service.executions(machineArn).stream()
                .filter(execution -> filter == null || execution.status().name().equals(filter)).toList();
        Pages<Execution> page = Pages.of(matching, request, Execution::executionArn);
        ObjectNode answer = SfnAction.object();
        ArrayNode list = answer.putArray("executions");
        page.items().forEach(execution -> list.add(ExecutionJson.summary(execution)));
        return page.addTokenTo(answer);
    }

    private static ObjectNode history(JsonNode request, StepFunctionsService service) {
        List<HistoryEvent> events = new ArrayList<>(
                service.execution(SfnAction.required(request, "executionArn")).history());
        if (request.path("reverseOrder").asBoolean(false)) {
            Collections.reverse(events);
        }
        Pages<HistoryEvent> page = Pages.of(events, request, event -> Long.toString(event.id()));
        ObjectNode answer = SfnAction.object();
        ArrayNode list = answer.putArray("events");
        page.items().forEach(event -> list.add(HistoryJson.event(event)));
        return page.addTokenTo(answer);
    }
}
