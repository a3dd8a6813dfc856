/**
 * Table definitions: key schema, attribute definitions, secondary indexes, billing, streams and TTL; the
 * requests that create and change them and the descriptions returned, validated as AWS validates them.
 */
package studio.serverless.runner.dynamodb.engine.table;
