/**
 * Task integrations: the {@link studio.serverless.runner.stepfunctions.engine.TaskInvoker}s that connect Task
 * states to the local cloud's services. Lambda is the first; the others of issue 7 follow.
 */
package studio.serverless.runner.stepfunctions.tasks;
