/**
 * Stream event source mappings (DynamoDB Streams, Kinesis) written against a small {@link
 * studio.serverless.runner.lambda.mapping.stream.StreamSource} interface: one poller thread per shard reads records in
 * order, gathers batches (batch size, batching window), invokes the function synchronously and settles each batch as
 * Lambda does: retry the whole batch until MaximumRetryAttempts or MaximumRecordAgeInSeconds, split it on a function
 * error when BisectBatchOnFunctionError is on, restart from the lowest reported sequence number with
 * ReportBatchItemFailures, and send the discarded batch's position to the on-failure destination.
 */
package studio.serverless.runner.lambda.mapping.stream;
