package studio.serverless.runner.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.CompletableFuture;

/**
 * Does the work of Task states: the local cloud's integrations (Lambda, SQS, DynamoDB, ...) plug in here. The
 * result completes with the task's output, or exceptionally with a
 * {@link studio.serverless.runner.stepfunctions.error.StatesFailure} naming the error and cause (any other
 * exception is reported as {@code States.TaskFailed}). An invoker must not block the calling thread.
 */
@FunctionalInterface
public interface TaskInvoker {

    /** Starts the task that {@code request} describes. */
    CompletableFuture<JsonNode> invoke(TaskRequest request);
}
