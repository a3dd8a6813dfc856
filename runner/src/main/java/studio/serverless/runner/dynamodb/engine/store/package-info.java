/**
 * Where items live: the {@link studio.serverless.runner.dynamodb.engine.store.TableStore} interface the engine
 * writes through, keeping items sorted by sort key within each partition, and its in-memory implementation.
 * An H2-backed store implements the same interface, so the engine never sees SQL.
 */
package studio.serverless.runner.dynamodb.engine.store;
