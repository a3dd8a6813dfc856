/** The requests and results of the single-item operations PutItem, GetItem, UpdateItem and DeleteItem. */
package studio.serverless.runner.dynamodb.engine.item;
