/**
 * DynamoDB expressions: a hand-written tokenizer and recursive-descent parsers for condition, filter, key
 * condition, update and projection expressions, their AST records, and the evaluators that apply them to items.
 */
package studio.serverless.runner.dynamodb.engine.expression;
