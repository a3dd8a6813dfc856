/**
 * Event source mappings: pollers that read a queue (later: DynamoDB and Kinesis streams) and invoke a function
 * synchronously with batches shaped as AWS shapes them, deleting what the function handled and leaving the rest
 * to return after the visibility timeout (and to the dead-letter queue after the queue's maxReceiveCount).
 */
package studio.serverless.runner.lambda.mapping;
