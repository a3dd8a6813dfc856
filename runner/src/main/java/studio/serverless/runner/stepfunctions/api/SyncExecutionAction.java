package studio.serverless.runner.stepfunctions.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import studio.serverless.runner.stepfunctions.engine.Execution;
import studio.serverless.runner.stepfunctions.engine.ExecutionStatus;
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
        ObjectNode answer = ExecutionActions.describe(execution);
        if (!ended || execution.status() == ExecutionStatus.ABORTED) {
            answer.put("status", "TIMED_OUT");
        }
        if (!ended) {
            answer.put("stopDate", SfnAction.timestamp(execution.startDate()));
        }
        answer.putObject("inputDetails").put("included", true);
        if (execution.output() != null) {
            answer.putObject("outputDetails").put("included", true);
        }
        long millis = ended ? Duration.between(execution.startDate(), execution.stopDate()).toMillis() : 0;
        answer.putObject("billingDetails").put("billedMemoryUsedInMB", 64)
                .put("billedDurationInMilliseconds", Math.max(100, (millis + 99) / 100 * 100));
        return answer;
    }
}
