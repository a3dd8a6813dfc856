/**
 * The DynamoDB Streams side of stream event source mappings: a {@link
 * studio.serverless.runner.lambda.mapping.stream.StreamSource} over the DynamoDB engine's stream log, turning its
 * records into the {@code aws:dynamodb} event records Lambda hands functions.
 */
package studio.serverless.runner.lambda.mapping.dynamodb;
