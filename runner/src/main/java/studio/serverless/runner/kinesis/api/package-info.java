/**
 * Kinesis Data Streams' wire adapter: parses JSON 1.1 and CBOR 1.1 requests (the AWS SDK for Java sends CBOR by
 * default; boto3 and the JavaScript SDK send JSON), one small class per group of operations, and writes answers
 * and AWS-shaped errors in the encoding the client used (decision 0030). No logic: the engine decides.
 */
package studio.serverless.runner.kinesis.api;
