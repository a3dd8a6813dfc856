/**
 * Durable storage for the DynamoDB emulator: with a data folder,
 * {@link studio.serverless.runner.dynamodb.store.H2TableJournal} receives every table and item change from the
 * engine's {@link studio.serverless.runner.dynamodb.engine.TableJournal} port, writes it through to H2 (one H2
 * transaction per request) before the engine applies and answers it, and puts tables and items back at start.
 * Items and definitions are stored as DynamoDB-style JSON text; the live items stay in the engine's in-memory
 * stores, so reads never touch H2.
 */
package studio.serverless.runner.dynamodb.store;
