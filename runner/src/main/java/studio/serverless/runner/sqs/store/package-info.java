/**
 * Storage for the SQS emulator: implementations of the engine's
 * {@link studio.serverless.runner.sqs.engine.QueueStore} port. In memory now; an H2-backed store that restores
 * queues and messages at start is the next step.
 */
package studio.serverless.runner.sqs.store;
