/**
 * Functions run locally as Lambda runs them: {@code runtime} serves the Lambda Runtime API to runtime processes,
 * {@code engine} keeps each function's pool of execution environments and enforces Lambda's limits, {@code api}
 * is the Invoke API on the local cloud's endpoint. See decision 0022.
 */
package studio.serverless.runner.lambda;
