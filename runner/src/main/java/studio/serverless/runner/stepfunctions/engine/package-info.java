/**
 * The States Language interpreter. An execution is an event-driven state machine: each step (entering a state,
 * a task's result, a Wait's or retry's timer) is a short task on a {@link
 * studio.serverless.runner.stepfunctions.engine.Scheduler}, run under the execution's lock, so a waiting
 * execution holds no thread. Tests use {@link studio.serverless.runner.stepfunctions.engine.ManualScheduler},
 * whose clock they advance. Each state's output and the variables it assigns follow its query language; each run
 * (the execution, a Parallel branch, a Map iteration) has its own variable scope. History events are named as AWS
 * names them. A {@code .waitForTaskToken} Task waits the same way for SendTaskSuccess or SendTaskFailure on its
 * task token ({@link studio.serverless.runner.stepfunctions.engine.TaskTokens}); an
 * {@link studio.serverless.runner.stepfunctions.engine.ExecutionJournal} may keep executions as they happen.
 */
package studio.serverless.runner.stepfunctions.engine;
