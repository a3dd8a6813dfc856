/**
 * The Step Functions service behind the API: state machines by ARN with their parsed definitions, and their
 * executions run by the engine; every refusal is a {@link studio.serverless.runner.stepfunctions.service.StepFunctionsError}
 * with AWS's error code.
 */
package studio.serverless.runner.stepfunctions.service;
