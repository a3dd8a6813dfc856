/**
 * DynamoDB attribute values as immutable records (S, N, B, SS, NS, BS, M, L, NULL, BOOL), with DynamoDB's number
 * rules, key ordering and item size computation.
 */
package studio.serverless.runner.dynamodb.engine.value;
