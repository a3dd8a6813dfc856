/**
 * The SQS emulator's engine: queues, messages, visibility timeouts, delays, FIFO ordering and deduplication,
 * dead-letter redrive and long polling, with domain types only (no HTTP, no SQL) and an injectable clock. The
 * errors it throws come from one catalogue, {@link studio.serverless.runner.sqs.engine.SqsError}.
 */
package studio.serverless.runner.sqs.engine;
