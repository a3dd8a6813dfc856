/**
 * The Kinesis side of stream event source mappings: a {@link
 * studio.serverless.runner.lambda.mapping.stream.StreamSource} over the Kinesis engine's shards, turning its records
 * into the {@code aws:kinesis} event records Lambda hands functions.
 */
package studio.serverless.runner.lambda.mapping.kinesis;
