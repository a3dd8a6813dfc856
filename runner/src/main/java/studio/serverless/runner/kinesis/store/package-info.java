/**
 * Kinesis Data Streams' durable state for {@code --data}:
 * {@link studio.serverless.runner.kinesis.store.H2StreamJournal} writes streams and records through to the local
 * cloud's H2 database before the engine answers, and restores them at start (decisions 0019 and 0030).
 */
package studio.serverless.runner.kinesis.store;
