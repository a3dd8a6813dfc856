/**
 * Step Functions on the local endpoint: AWS JSON 1.0 with {@code X-Amz-Target: AWSStepFunctions.<Operation>}.
 * Parses and serializes only; the service and engine hold the logic.
 */
package studio.serverless.runner.stepfunctions.api;
