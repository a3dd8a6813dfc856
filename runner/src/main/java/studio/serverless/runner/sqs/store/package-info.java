/**
 * Storage for the SQS emulator: {@link studio.serverless.runner.sqs.store.InMemoryQueueStore} holds the live
 * queues, and with a data folder {@link studio.serverless.runner.sqs.store.H2QueueJournal} writes every change
 * through to H2 before the answer and restores queues and messages at start.
 */
package studio.serverless.runner.sqs.store;
