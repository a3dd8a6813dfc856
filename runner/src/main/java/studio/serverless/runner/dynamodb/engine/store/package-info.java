/**
 * Where items live: the {@link studio.serverless.runner.dynamodb.engine.store.TableStore} interface the engine
 * writes through, keeping items sorted by sort key within each partition, and its in-memory implementation.
 * Durability is not a store's job: with a data folder the engine reports every change to its
 * {@link studio.serverless.runner.dynamodb.engine.TableJournal}, and the live items stay here, in memory.
 */
package studio.serverless.runner.dynamodb.engine.store;
