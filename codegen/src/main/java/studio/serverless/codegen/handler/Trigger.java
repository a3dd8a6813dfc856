package studio.serverless.codegen.handler;

/**
 * A kind of event that invokes a function, as its handler parses it.
 *
 * @param source                  sqs, s3, sns, dynamodb, kinesis, eventbridge, http-api, rest-api or
 *                                stepfunctions
 * @param sourceName              the invoking service's name in the diagram (raw: templates escape it)
 * @param reportBatchItemFailures whether the handler answers an SQS batch with the messages that failed
 */
public record Trigger(String source, String sourceName, boolean reportBatchItemFailures) {
}
