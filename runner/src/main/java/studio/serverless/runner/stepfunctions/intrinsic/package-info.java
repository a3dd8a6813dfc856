/**
 * The intrinsic functions of the States Language ({@code States.Format}, {@code States.Array}, ...): a parser for
 * the call syntax used in {@code .$} fields, and the functions themselves, failing with
 * {@code States.IntrinsicFailure} and a cause that names the function and the argument at fault.
 */
package studio.serverless.runner.stepfunctions.intrinsic;
