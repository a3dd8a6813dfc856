/** TransactWriteItems and TransactGetItems: all-or-nothing writes with per-item cancellation reasons. */
package studio.serverless.runner.dynamodb.engine.transact;
