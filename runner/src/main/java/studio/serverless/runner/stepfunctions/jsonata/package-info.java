/**
 * The JSONata query language of Step Functions, on the maintained Java port {@code com.dashjoin:jsonata}
 * (decision 0037): {@code {% expression %}} strings in Arguments, Output, Assign, Condition and the other fields
 * that take them, the reserved {@code $states} variable, workflow variables, and the functions AWS adds
 * ({@code $partition}, {@code $range}, {@code $hash}, {@code $random}, {@code $uuid}, {@code $parse}). Every
 * failure is {@code States.QueryEvaluationError} naming the expression and the field, as AWS words it.
 */
package studio.serverless.runner.stepfunctions.jsonata;
