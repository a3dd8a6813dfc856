package studio.serverless.runner.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.concurrent.ConcurrentHashMap;
import studio.serverless.runner.stepfunctions.error.StatesFailure;
import studio.serverless.runner.stepfunctions.language.StateMachine;

/**
 * Runs state machines: {@link #start} returns at once with a running {@link Execution}, whose steps then run on
 * the scheduler and whose tasks go to the task invoker.
 */
public final class StatesEngine {

    private final Scheduler scheduler;
    private final TaskInvoker invoker;
    private final ExecutionJournal journal;
    private final Map<String, ExecutionRun> running = new ConcurrentHashMap<>();
    private final TaskTokens tokens = new TaskTokens();

    /** An engine stepping on {@code scheduler} and handing Task states to {@code invoker}. */
    public StatesEngine(Scheduler scheduler, TaskInvoker invoker) {
        this(scheduler, invoker, ExecutionJournal.NONE);
    }

    /** An engine that also writes every execution and history event to {@code journal}. */
    public StatesEngine(Scheduler scheduler, TaskInvoker invoker, ExecutionJournal journal) {
        this.scheduler = scheduler;
        this.invoker = invoker;
        this.journal = journal;
    }

    /**
     * Starts an execution named {@code name} of {@code machine}, known as {@code stateMachineArn}
     * ({@code arn:aws:states:REGION:ACCOUNT:stateMachine:NAME}), with {@code input}.
     */
    public Execution start(StateMachine machine, String stateMachineArn, String name, JsonNode input) {
        return start(machine, stateMachineArn, name, input, ExecutionType.STANDARD);
    }

    /**
     * Starts an execution of a state machine of {@code type}: its ARN is written as that type's, and it ends
     * TIMED_OUT after the type's longest run even when its definition allows longer (an EXPRESS execution runs at
     * most five minutes).
     */
    public Execution start(StateMachine machine, String stateMachineArn, String name, JsonNode input,
                           ExecutionType type) {
        Duration longest = type.longest();
        String executionArn = type.executionArn(stateMachineArn, name);
        Execution execution = new Execution(executionArn, name, stateMachineArn, input, scheduler.now(), journal);
        journal.started(execution);
        ExecutionRun run = new ExecutionRun(execution, machine, longest, scheduler, invoker, tokens);
        running.put(executionArn, run);
        execution.completion().whenComplete((done, problem) -> {
            running.remove(executionArn);
            tokens.forget(executionArn);
        });
        run.start();
        return execution;
    }

    /** Stops a running execution as StopExecution does: it ends ABORTED with {@code error} and {@code cause}. */
    public void stop(Execution execution, String error, String cause) {
        ExecutionRun run = running.get(execution.executionArn());
        if (run != null) {
            run.abort(error, cause);
        }
    }

    /** SendTaskSuccess: the callback task waiting on {@code token} succeeds with {@code output}. */
    public CallbackAnswer sendTaskSuccess(String token, JsonNode output) {
        return answer(token, attempt -> attempt.callback(output, null));
    }

    /** SendTaskFailure: the callback task waiting on {@code token} fails (Retry and Catch apply). */
    public CallbackAnswer sendTaskFailure(String token, String error, String cause) {
        StatesFailure failure = new StatesFailure(error == null ? "" : error, cause == null ? "" : cause);
        return answer(token, attempt -> attempt.callback(null, failure));
    }

    /** SendTaskHeartbeat: the task waiting on {@code token} starts its HeartbeatSeconds again. */
    public CallbackAnswer sendTaskHeartbeat(String token) {
        return answer(token, TaskAttempt::heartbeat);
    }

    private CallbackAnswer answer(String token, Consumer<TaskAttempt> action) {
        if (TaskTokens.executionOf(token).isEmpty()) {
            return CallbackAnswer.INVALID_TOKEN;
        }
        Optional<TaskAttempt> attempt = tokens.waiting(token);
        attempt.ifPresent(action);
        return attempt.isPresent() ? CallbackAnswer.ACCEPTED : CallbackAnswer.NOT_WAITING;
    }

    /** The time on the engine's clock. */
    public java.time.Instant now() {
        return scheduler.now();
    }

    /** How many executions have not ended yet. */
    public int runningCount() {
        return running.size();
    }
}
