package studio.serverless.runner.stepfunctions.engine;

/** The status of an execution, as DescribeExecution reports it. */
public enum ExecutionStatus {
    RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED
}
