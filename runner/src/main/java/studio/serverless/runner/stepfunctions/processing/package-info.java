/**
 * A state's input and output processing in the JSONPath query language: payload templates (Parameters,
 * ItemSelector, ResultSelector, with {@code .$} fields, the context object {@code $$} and intrinsic functions)
 * and the InputPath, ResultPath and OutputPath filters, failing with the error names AWS uses.
 */
package studio.serverless.runner.stepfunctions.processing;
