/**
 * The emulated DynamoDB: the engine (pure domain logic, in {@code engine}) and, later, its JSON 1.0 wire adapter
 * and H2 store.
 */
package studio.serverless.runner.dynamodb;
