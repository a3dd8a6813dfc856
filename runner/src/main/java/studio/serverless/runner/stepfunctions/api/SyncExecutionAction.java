package studio.serverless.runner.stepfunctions.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import studio.serverless.runner.stepfunctions.engine.Execution;
import studio.serverless.runner.stepfunctions.service.StepFunctionsError;
import studio.serverless.runner.stepfunctions.service.StepFunctionsException;
import studio.serverless.runner.stepfunctions.service.StepFunctionsService;

/**
 * StartSyncExecution: starts an Express workflow's execution and answers when it ends, with its status, output or
 * error and billing details (64 MB, the duration rounded up to 100 ms, as Express workflows are billed). A
 * Standard workflow is refused; an execution still running after Express's five minutes is stopped and answered
 * as TIMED_OUT.
 */
final class SyncExecutionAction {

    static final String NAME = "StartSyncExecution";
    private static final Duration EXPRESS_LIMIT = Duration.ofMinutes(5);

    private SyncExecutionAction() {
    }

    static SfnAction action() {
        return new SfnAction(NAME, (request, service) -> {
            String machineArn = SfnAction.required(request, "stateMachineArn");
            if (!"EXPRESS".equals(service.machine(machineArn).type())) {
                throw new StepFunctionsException(StepFunctionsError.STATE_MACHINE_TYPE_NOT_SUPPORTED,
                        "This operation is only supported by EXPRESS state machines: '" + machineArn + "'");
            }
            Execution execution = service.start(machineArn, SfnAction.text(request, "name"),
                    SfnAction.text(request, "input"));
            return answer(awaitEnd(execution, service));
        });
    }

    private static Execution awaitEnd(Execution execution, StepFunctionsService service) {
        try {
            return execution.completion().get(EXPRESS_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            service.stop(execution.executionArn(), "States.Timeout", "the Express workflow ran longer than "
                    + EXPRESS_LIMIT.toMinutes() + " minutes");
            return execution;
        } catch (ExecutionException e) {
            return execution;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return execution;
        }
    }

    private static ObjectNode answer(Execution execution) {
        boolean ended = execution.stopDate() != null;
        String status = !ended || execution.status().name().equals("ABORTED") ? "TIMED_OUT"
                : execution.status().name();
        ObjectNode answer = SfnAction.object().put("executionArn", execution.executionArn())
                .put("stateMachineArn", execution.stateMachineArn()).put("name", execution.name())
                .put("startDate", SfnAction.timestamp(execution.startDate()))
                .put("stopDate", SfnAction.timestamp(ended ? execution.stopDate() : execution.startDate()))
                .put("status", status).put("input", execution.input().toString());
        answer.putObject("inputDetails").put("included", true);
        if (execution.output() != null) {
            answer.put("output", execution.output().toString());
            answer.putObject("outputDetails").put("included", true);
        }
        if (execution.error() != null) {
            answer.put("error", execution.error());
        }
        if (execution.cause() != null) {
            answer.put("cause", execution.cause());
        }
        long millis = Duration.between(execution.startDate(), ended ? execution.stopDate() : execution.startDate())
                .toMillis();
        answer.putObject("billingDetails").put("billedMemoryUsedInMB", 64)
                .put("billedDurationInMilliseconds", Math.max(100, (millis + 99) / 100 * 100));
        return answer;
    }
}
