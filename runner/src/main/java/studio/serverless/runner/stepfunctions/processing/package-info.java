/**
 * A state's input and output processing in the JSONPath query language: payload templates (Parameters,
 * ItemSelector, ResultSelector, Assign, with {@code .$} fields, the context object {@code $$}, workflow variables
 * {@code $name} and intrinsic functions) and the InputPath, ResultPath and OutputPath filters, failing with the
 * error names AWS uses; and the scopes of workflow variables, which both query languages read.
 */
package studio.serverless.runner.stepfunctions.processing;
