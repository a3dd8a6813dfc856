/** The requests and results of BatchGetItem and BatchWriteItem. */
package studio.serverless.runner.dynamodb.engine.batch;
