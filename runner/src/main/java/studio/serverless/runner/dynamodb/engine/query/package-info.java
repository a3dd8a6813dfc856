/**
 * Query and Scan: key conditions, secondary index views, filters, projections, Select, Limit and
 * LastEvaluatedKey pagination, and parallel scan segments.
 */
package studio.serverless.runner.dynamodb.engine.query;
