/**
 * Step Functions locally: an engine for the Amazon States Language. {@code language} parses and checks a
 * definition, {@code path} and {@code intrinsic} do the JSONPath input and output processing, {@code jsonata} the
 * JSONata query language, {@code engine} runs executions as event-driven state machines on a scheduler, so a
 * waiting execution holds no thread.
 */
package studio.serverless.runner.stepfunctions;
