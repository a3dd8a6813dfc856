package studio.serverless.runner.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import studio.serverless.runner.stepfunctions.error.ErrorNames;
import studio.serverless.runner.stepfunctions.error.StatesFailure;
import studio.serverless.runner.stepfunctions.language.TaskState;

/**
 * One attempt of a Task: the invocation, its TimeoutSeconds timer and HeartbeatSeconds timer. Whichever settles
 * first wins; a late answer is ignored. A {@code .waitForTaskToken} attempt has a task token: the invocation's
 * answer only submits the task (TaskSubmitted), and SendTaskSuccess or SendTaskFailure settles it.
 */
final class TaskAttempt {

    private final StateEntry entry;
    private final TaskState task;
    private final Integer timeoutSeconds;
    private final Integer heartbeatSeconds;
    private final String token;
    private Scheduler.Cancellable timeout;
    private Scheduler.Cancellable heartbeatTimer;
    private volatile boolean settled;

    TaskAttempt(StateEntry entry, TaskState task, Integer timeoutSeconds, Integer heartbeatSeconds, String token) {
        this.entry = entry;
        this.task = task;
        this.timeoutSeconds = timeoutSeconds;
        this.heartbeatSeconds = heartbeatSeconds;
        this.token = token;
    }

    void start(JsonNode parameters) {
        ExecutionRun run = entry.run();
        if (timeoutSeconds != null) {
            timeout = run.at(run.now().plusSeconds(timeoutSeconds), () -> timedOut(ErrorNames.TIMEOUT,
                    "The task ran longer than its TimeoutSeconds (" + timeoutSeconds + ")"));
        }
        armHeartbeat();
        if (token != null) {
            run.tokens().open(token, run.execution().executionArn(), this);
        }
        TaskRequest request = new TaskRequest(TaskResource.invokedArn(task.resource()), parameters, task.name(),
                run.execution().executionArn(), this::heartbeat);
        CompletableFuture<JsonNode> result;
        try {
            result = run.invoker().invoke(request);
        } catch (RuntimeException refused) {
            result = CompletableFuture.failedFuture(refused);
        }
        result.whenComplete((output, problem) -> run.post(() -> invoked(output, problem)));
    }

    /** True while the attempt waits for its answer. */
    boolean waiting() {
        return !settled && !entry.branch().stopped();
    }

    /** The task is alive: HeartbeatSeconds starts again (SendTaskHeartbeat, or an invoker's heartbeat). */
    void heartbeat() {
        entry.run().post(this::armHeartbeat);
    }

    /** SendTaskSuccess or SendTaskFailure: {@code problem} null means success with {@code output}. */
    void callback(JsonNode output, StatesFailure problem) {
        entry.run().post(() -> answered(output, problem));
    }

    private void invoked(JsonNode output, Throwable problem) {
        if (token == null || problem != null) {
            answered(output, problem);
        } else if (waiting()) {
            entry.run().record(HistoryEventType.TaskSubmitted, resource().json("output", output));
        }
    }

    private void armHeartbeat() {
        if (heartbeatSeconds == null || settled) {
            return;
        }
        if (heartbeatTimer != null) {
            heartbeatTimer.cancel();
        }
        ExecutionRun run = entry.run();
        heartbeatTimer = run.at(run.now().plusSeconds(heartbeatSeconds), () -> timedOut(ErrorNames.HEARTBEAT_TIMEOUT,
                "The task sent no heartbeat for HeartbeatSeconds (" + heartbeatSeconds + ")"));
    }

    private void answered(JsonNode output, Throwable problem) {
        if (!settle()) {
            return;
        }
        if (problem == null) {
            entry.run().record(HistoryEventType.TaskSucceeded, resource().json("output", output));
            entry.guard(() -> entry.complete(output));
            return;
        }
        Throwable reason = problem instanceof CompletionException && problem.getCause() != null
                ? problem.getCause() : problem;
        StatesFailure failure = reason instanceof StatesFailure statesFailure ? statesFailure
                : new StatesFailure(ErrorNames.TASK_FAILED, String.valueOf(reason.getMessage()));
        entry.run().record(HistoryEventType.TaskFailed, resource().text("error", failure.error())
                .text("cause", failure.cause()));
        entry.guard(() -> entry.fail(failure));
    }

    private void timedOut(String error, String cause) {
        if (!settle()) {
            return;
        }
        entry.run().record(HistoryEventType.TaskTimedOut, resource().text("error", error).text("cause", cause));
        entry.guard(() -> entry.fail(new StatesFailure(error, cause)));
    }

    private Details resource() {
        return TaskResource.of(task.resource()).details();
    }

    private boolean settle() {
        if (settled || entry.branch().stopped()) {
            return false;
        }
        settled = true;
        if (token != null) {
            entry.run().tokens().close(token, entry.run().execution().executionArn());
        }
        if (timeout != null) {
            timeout.cancel();
        }
        if (heartbeatTimer != null) {
            heartbeatTimer.cancel();
        }
        return true;
    }
}
