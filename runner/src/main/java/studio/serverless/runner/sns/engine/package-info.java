/**
 * The SNS emulator's logic, free of any wire protocol: topics (standard and FIFO), subscriptions to SQS queues
 * and functions, filter policies on message attributes or bodies, raw or enveloped delivery, and dead-lettering of
 * deliveries whose queue is gone. Deliveries to queues go through the SQS engine in the same process and are done
 * when {@code publish} returns; deliveries to functions go through a
 * {@link studio.serverless.runner.delivery.FunctionInvoker}. Thread-safe.
 */
package studio.serverless.runner.sns.engine;
