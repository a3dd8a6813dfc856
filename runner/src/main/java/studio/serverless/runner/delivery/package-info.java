/**
 * How emulated services hand events to things they do not run themselves: functions
 * ({@link studio.serverless.runner.delivery.FunctionInvoker}) and state machines
 * ({@link studio.serverless.runner.delivery.StateMachineStarter}). SNS, EventBridge and S3 deliver through these
 * interfaces; the runtime that runs functions and state machines implements them, and until it is plugged in the
 * local cloud logs and drops such deliveries.
 */
package studio.serverless.runner.delivery;
