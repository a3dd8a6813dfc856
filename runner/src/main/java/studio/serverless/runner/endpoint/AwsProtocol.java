package studio.serverless.runner.endpoint;

/** The AWS wire protocols the endpoint tells apart. */
public enum AwsProtocol {
    /** JSON 1.0/1.1: POST with an {@code X-Amz-Target: Prefix.Operation} header (SQS, DynamoDB, EventBridge...). */
    JSON,
    /** Query: form-encoded {@code Action=...&Version=...}, XML answers (SQS's older protocol, SNS). */
    QUERY,
    /** REST: the operation is in the method and path (S3). */
    REST
}
