/**
 * Lambda's wire adapter (rest-json, API version 2015-03-31):
 * {@code POST /2015-03-31/functions/{FunctionName}/invocations} with {@code X-Amz-Invocation-Type} RequestResponse, Event or DryRun and {@code X-Amz-Log-Type: Tail}, answered
 * with the function's payload, {@code X-Amz-Function-Error} and {@code X-Amz-Log-Result} as AWS does, so the SDKs'
 * Lambda clients work unchanged. Errors are written in one place
 * ({@link studio.serverless.runner.lambda.api.LambdaErrors}).
 * No function logic lives here.
 */
package studio.serverless.runner.lambda.api;
