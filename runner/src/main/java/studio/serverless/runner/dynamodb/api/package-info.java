/**
 * DynamoDB's wire adapter: the JSON 1.0 protocol of DynamoDB ({@code X-Amz-Target: DynamoDB_20120810.PutItem})
 * and of DynamoDB Streams ({@code DynamoDBStreams_20120810.GetRecords}). Classes here only parse requests into
 * the engine's records and serialize its results; {@code ErrorResponses}
 * is the one place where the engine's error catalogue becomes AWS-shaped JSON. All logic sits in the engine.
 */
package studio.serverless.runner.dynamodb.api;
