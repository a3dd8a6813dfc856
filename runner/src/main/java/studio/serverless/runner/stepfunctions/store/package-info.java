/**
 * Step Functions in the data folder's H2 database: state machines, executions and every history event are written
 * as they happen, and put back at start, so finished executions and their histories survive a restart. An
 * execution that was running when the local cloud stopped does not resume: at start it ends ABORTED with an
 * {@code ExecutionAborted} event saying why (decision 0036).
 */
package studio.serverless.runner.stepfunctions.store;
