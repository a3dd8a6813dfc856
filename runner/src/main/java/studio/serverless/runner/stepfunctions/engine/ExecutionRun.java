package studio.serverless.runner.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import studio.serverless.runner.stepfunctions.error.ErrorNames;
import studio.serverless.runner.stepfunctions.error.StatesFailure;
import studio.serverless.runner.stepfunctions.language.StateMachine;

/**
 * The engine's side of one execution: every step runs on the scheduler under this object's lock, so the
 * execution's states change one step at a time whatever thread a task completes on.
 */
final class ExecutionRun implements BranchListener {

    private final Execution execution;
    private final StateMachine machine;
    private final Duration longest;
    private final Scheduler scheduler;
    private final TaskInvoker invoker;
    private final TaskTokens tokens;
    private final ObjectNode context;
    private final BranchRun root;
    private Scheduler.Cancellable timeout;

    ExecutionRun(Execution execution, StateMachine machine, Duration longest, Scheduler scheduler,
                 TaskInvoker invoker, TaskTokens tokens) {
        this.execution = execution;
        this.longest = longest;
        this.machine = machine;
        this.scheduler = scheduler;
        this.invoker = invoker;
        this.tokens = tokens;
        this.context = ContextObject.base(execution);
        this.root = new BranchRun(this, machine, this);
    }

    void start() {
        post(() -> {
            record(HistoryEventType.ExecutionStarted, Details.create().json("input", execution.input())
                    .text("roleArn", ContextObject.ROLE_ARN));
            armTimeout();
            root.start(execution.input());
        });
    }

    /** The machine's TimeoutSeconds, or the longest its type may run (EXPRESS: five minutes) when that is less. */
    private void armTimeout() {
        Integer own = machine.timeoutSeconds();
        boolean capped = longest != null && (own == null || longest.getSeconds() < own);
        if (own == null && !capped) {
            return;
        }
        String cause = capped ? "The execution ran longer than an execution of its type may run (" + longest + ")"
                : "The execution ran longer than its TimeoutSeconds (" + own + ")";
        timeout = at(now().plus(capped ? longest : Duration.ofSeconds(own)), () -> end(ExecutionStatus.TIMED_OUT,
                HistoryEventType.ExecutionTimedOut, null, new StatesFailure(ErrorNames.TIMEOUT, cause)));
    }

    /** Ends the execution as StopExecution does. */
    void abort(String error, String cause) {
        post(() -> end(ExecutionStatus.ABORTED, HistoryEventType.ExecutionAborted, null,
                new StatesFailure(error, cause)));
    }

    void post(Runnable step) {
        scheduler.execute(() -> step(step));
    }

    Scheduler.Cancellable at(Instant time, Runnable step) {
        return scheduler.schedule(time, () -> step(step));
    }

    Instant now() {
        return scheduler.now();
    }

    /** The region of the execution's ARN, e.g. {@code us-east-1}. */
    String region() {
        String[] parts = execution.executionArn().split(":");
        return parts.length > 3 ? parts[3] : "";
    }

    TaskInvoker invoker() {
        return invoker;
    }

    TaskTokens tokens() {
        return tokens;
    }

    Execution execution() {
        return execution;
    }

    /** A copy of the context object's Execution and StateMachine parts. */
    ObjectNode context() {
        return context.deepCopy();
    }

    void record(HistoryEventType type, Details details) {
        execution.record(type, details.node(), now());
    }

    @Override
    public void succeeded(JsonNode output) {
        end(ExecutionStatus.SUCCEEDED, HistoryEventType.ExecutionSucceeded, output, null);
    }

    @Override
    public void failed(StatesFailure failure) {
        end(ExecutionStatus.FAILED, HistoryEventType.ExecutionFailed, null, failure);
    }

    private synchronized void step(Runnable step) {
        if (execution.status() != ExecutionStatus.RUNNING) {
            return;
        }
        try {
            step.run();
        } catch (StatesFailure failure) {
            failed(failure);
        } catch (RuntimeException bug) {
            failed(new StatesFailure(ErrorNames.RUNTIME, "The local engine failed: " + bug));
        }
    }

    private void end(ExecutionStatus status, HistoryEventType type, JsonNode output, StatesFailure failure) {
        root.stop();
        if (timeout != null) {
            timeout.cancel();
        }
        Details details = failure == null ? Details.create().json("output", output)
                : Details.failure(failure.error(), failure.cause());
        record(type, details);
        execution.end(status, output, failure == null ? null : failure.error(),
                failure == null ? null : failure.cause(), now());
    }
}
