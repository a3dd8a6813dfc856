package studio.serverless.app.desktop.run.browse.executions;

import java.time.Instant;

import studio.serverless.runner.stepfunctions.engine.Execution;

/**
 * One line of the executions list.
 *
 * @param arn    the execution's ARN
 * @param name   its name
 * @param status RUNNING, SUCCEEDED, FAILED, TIMED_OUT or ABORTED
 * @param start  when it started
 * @param stop   when it ended, or null while it runs
 */
public record ExecutionSummary(String arn, String name, String status, Instant start, Instant stop) {

    static ExecutionSummary of(Execution execution) {
        return new ExecutionSummary(execution.executionArn(), execution.name(), execution.status().name(),
                execution.startDate(), execution.stopDate());
    }
}
