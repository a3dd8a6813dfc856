package studio.serverless.runner.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import studio.serverless.runner.stepfunctions.error.StatesFailure;
import studio.serverless.runner.stepfunctions.language.DataFlow;
import studio.serverless.runner.stepfunctions.language.State;
import studio.serverless.runner.stepfunctions.language.Transition;
import studio.serverless.runner.stepfunctions.processing.InputOutput;
import studio.serverless.runner.stepfunctions.processing.PayloadTemplate;

/**
 * One entry into a state: its raw input, when it was entered and how often it was retried. It applies the
 * state's input and output processing and hands failures to {@link ErrorRecovery}.
 */
final class StateEntry {

    private final BranchRun branch;
    private final State state;
    private final JsonNode rawInput;
    private final Instant entered;
    private final ErrorRecovery recovery;
    private String taskToken;

    StateEntry(BranchRun branch, State state, JsonNode rawInput, Instant entered) {
        this.branch = branch;
        this.state = state;
        this.rawInput = rawInput;
        this.entered = entered;
        this.recovery = new ErrorRecovery(this);
    }

    BranchRun branch() {
        return branch;
    }

    State state() {
        return state;
    }

    JsonNode rawInput() {
        return rawInput;
    }

    ExecutionRun run() {
        return branch.run();
    }

    /** Runs (or, after a retry's wait, runs again) what the state does. */
    void attempt() {
        guard(() -> StateBehaviours.of(state).attempt(this));
    }

    /** Runs {@code step}, sending a States Language failure to Retry and Catch. */
    void guard(Runnable step) {
        if (branch.stopped()) {
            return;
        }
        try {
            step.run();
        } catch (StatesFailure failure) {
            fail(failure);
        }
    }

    JsonNode effectiveInput() {
        return InputOutput.select(flow().inputPath(), "InputPath", rawInput);
    }

    /** The effective input passed through Parameters, if the state has them. */
    JsonNode parameters(JsonNode effectiveInput) {
        JsonNode template = flow().parameters();
        return template == null ? effectiveInput : PayloadTemplate.fill(template, effectiveInput, context());
    }

    /** The context object as this state sees it. */
    ObjectNode context() {
        ObjectNode context = ContextObject.withState(run().context(), state.name(), entered, recovery.retryCount());
        return taskToken == null ? context : ContextObject.withTaskToken(context, taskToken);
    }

    /** The task token the current attempt shows as {@code $$.Task.Token} (null when it has none). */
    void useTaskToken(String token) {
        this.taskToken = token;
    }

    /** The state's work produced {@code result}: ResultSelector, ResultPath, OutputPath, then on. */
    void complete(JsonNode result) {
        JsonNode selected = flow().resultSelector() == null ? result
                : PayloadTemplate.fill(flow().resultSelector(), result, context());
        JsonNode merged = InputOutput.merge(flow().resultPath(), rawInput, selected);
        exit(InputOutput.select(flow().outputPath(), "OutputPath", merged), StateBehaviours.transition(state));
    }

    /** Leaves the state with {@code output} for {@code transition}. */
    void exit(JsonNode output, Transition transition) {
        run().record(StateEvents.exited(state), Details.state(state.name(), "output", output));
        branch.go(transition, output);
    }

    void fail(StatesFailure failure) {
        recovery.handle(failure);
    }

    private DataFlow flow() {
        return state.flow();
    }
}
