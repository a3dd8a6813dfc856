/**
 * An Amazon States Language definition as data: {@link studio.serverless.runner.stepfunctions.language.DefinitionParser}
 * reads the JSON into a {@link studio.serverless.runner.stepfunctions.language.StateMachine} of typed states, each in
 * its query language (JSONPath or JSONata), and refuses a definition with every problem at once, each naming the
 * state and field (unknown or missing fields, fields of the other query language, wrong types, invalid paths,
 * intrinsic calls and JSONata expressions, bad variable names, transitions to unknown states, unreachable states).
 */
package studio.serverless.runner.stepfunctions.language;
