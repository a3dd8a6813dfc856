/**
 * Event source mappings: pollers that read a queue and invoke a function synchronously with batches shaped as AWS
 * shapes them, deleting what the function handled and leaving the rest to return after the visibility timeout (and
 * to the dead-letter queue after the queue's maxReceiveCount). Stream mappings live in the {@code stream} subpackage,
 * their DynamoDB source in {@code dynamodb}; {@link studio.serverless.runner.lambda.mapping.EventSourceMappings} runs
 * both kinds.
 */
package studio.serverless.runner.lambda.mapping;
