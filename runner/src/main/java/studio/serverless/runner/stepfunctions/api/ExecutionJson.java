package studio.serverless.runner.stepfunctions.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import studio.serverless.runner.stepfunctions.engine.Execution;
import studio.serverless.runner.stepfunctions.engine.ExecutionStatus;

/** An execution as ListExecutions, DescribeExecution and StartSyncExecution answer it. */
final class ExecutionJson {

    /** The least memory an Express execution is billed for (AWS bills memory in 64 MB steps). */
    private static final int BILLED_MEMORY_MB = 64;
    private static final long BILLING_STEP_MILLIS = 100;

    private ExecutionJson() {
    }

    static ObjectNode summary(Execution execution) {
        ObjectNode summary = SfnAction.object().put("executionArn", execution.executionArn())
                .put("stateMachineArn", execution.stateMachineArn()).put("name", execution.name())
                .put("status", execution.status().name())
                .put("startDate", SfnAction.timestamp(execution.startDate()));
        if (execution.stopDate() != null) {
            summary.put("stopDate", SfnAction.timestamp(execution.stopDate()));
        }
        return summary;
    }

    static ObjectNode describe(Execution execution) {
        ObjectNode answer = summary(execution).put("input", execution.input().toString());
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
        return answer;
    }

    /**
     * StartSyncExecution's answer for an ended execution. Its status is SUCCEEDED, FAILED or TIMED_OUT (the
     * SyncExecutionStatus of the API model); an execution stopped by StopExecution reports FAILED.
     */
    static ObjectNode syncResult(Execution execution) {
        ObjectNode answer = describe(execution);
        ExecutionStatus status = execution.status();
        answer.put("status", status == ExecutionStatus.ABORTED ? "FAILED" : status.name());
        answer.putObject("billingDetails").put("billedMemoryUsedInMB", BILLED_MEMORY_MB)
                .put("billedDurationInMilliseconds", billedMillis(execution));
        return answer;
    }

    /** Express workflows are billed per 100 ms, at least 100 ms. */
    private static long billedMillis(Execution execution) {
        long millis = execution.stopDate() == null ? 0
                : Duration.between(execution.startDate(), execution.stopDate()).toMillis();
        return Math.max(BILLING_STEP_MILLIS, (millis + BILLING_STEP_MILLIS - 1) / BILLING_STEP_MILLIS
                * BILLING_STEP_MILLIS);
    }
}
