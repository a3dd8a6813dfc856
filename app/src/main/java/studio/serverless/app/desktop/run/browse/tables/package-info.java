/**
 * The table browser: a DynamoDB table's items a page at a time, each shown and edited as DynamoDB JSON or plain
 * JSON ({@code ItemJson}); edits, additions and deletions go straight to the running DynamoDB engine, which
 * answers with the same validation errors the API would.
 */
package studio.serverless.app.desktop.run.browse.tables;
