/**
 * Lambda's event source mappings, run locally: pollers that read a source (an SQS queue; DynamoDB streams
 * later), invoke the function synchronously with a batch shaped exactly like AWS's event
 * ({@code shared/reference/events}), and settle the batch as Lambda does (delete what succeeded, leave the rest
 * to the queue's visibility timeout and redrive). Functions are reached through {@link
 * studio.serverless.runner.delivery.FunctionCaller}; the sources through their engines, not over HTTP.
 */
package studio.serverless.runner.mapping;
