/**
 * An Amazon States Language definition as data: {@link studio.serverless.runner.stepfunctions.language.DefinitionParser}
 * reads the JSON into a {@link studio.serverless.runner.stepfunctions.language.StateMachine} of typed states, and
 * refuses a definition with every problem at once, each naming the state and field (unknown or missing fields,
 * wrong types, invalid paths and intrinsic calls, transitions to unknown states, unreachable states).
 */
package studio.serverless.runner.stepfunctions.language;
