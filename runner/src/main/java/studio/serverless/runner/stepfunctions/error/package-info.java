/**
 * The errors of the States Language: the predefined {@code States.*} names and the one exception that carries an
 * error name and cause through path processing, intrinsic functions and the interpreter.
 */
package studio.serverless.runner.stepfunctions.error;
