/**
 * The emulated DynamoDB: the engine (pure domain logic, in {@code engine}) and its JSON 1.0 wire adapter for
 * DynamoDB and DynamoDB Streams (in {@code api}); an H2 store will plug in through the engine's
 * {@code TableStoreProvider}.
 */
package studio.serverless.runner.dynamodb;
