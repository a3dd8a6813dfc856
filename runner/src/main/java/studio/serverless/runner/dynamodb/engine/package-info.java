/**
 * The DynamoDB engine: tables, items, expressions, queries, transactions and streams as pure domain logic,
 * with no HTTP and no SQL. {@link studio.serverless.runner.dynamodb.engine.DynamoDbEngine} is the entry point;
 * every failure is a {@link studio.serverless.runner.dynamodb.engine.DynamoDbException} naming one
 * {@link studio.serverless.runner.dynamodb.engine.DynamoDbError} from the single error catalogue.
 */
package studio.serverless.runner.dynamodb.engine;
