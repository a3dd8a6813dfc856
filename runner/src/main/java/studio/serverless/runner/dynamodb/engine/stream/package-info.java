/**
 * DynamoDB Streams records: every change to an item yields one record, shaped by the table's stream view type
 * and delivered to registered listeners (the stream trigger).
 */
package studio.serverless.runner.dynamodb.engine.stream;
