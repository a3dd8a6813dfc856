package studio.serverless.runner.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import studio.serverless.runner.stepfunctions.error.ErrorNames;
import studio.serverless.runner.stepfunctions.error.StatesFailure;
import studio.serverless.runner.stepfunctions.language.Catcher;
import studio.serverless.runner.stepfunctions.language.ChoiceBranch;
import studio.serverless.runner.stepfunctions.language.DataFlow;
import studio.serverless.runner.stepfunctions.language.State;
import studio.serverless.runner.stepfunctions.language.Transition;
import studio.serverless.runner.stepfunctions.processing.InputOutput;
import studio.serverless.runner.stepfunctions.processing.PayloadTemplate;

/**
 * One entry into a state: its raw input, when it was entered and how often it was retried. It applies the
 * state's input and output processing in its query language, sets the variables it assigns as it leaves, and
 * hands failures to {@link ErrorRecovery}.
 */
final class StateEntry {

    private final BranchRun branch;
    private final State state;
    private final JsonNode rawInput;
    private final Instant entered;
    private final ErrorRecovery recovery;
    private final StateValues values = new StateValues(this);

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

    StateValues values() {
        return values;
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

    /** The input after InputPath; in JSONata the raw input. */
    JsonNode effectiveInput() {
        return flow().jsonata() ? rawInput : InputOutput.select(flow().inputPath(), "InputPath", rawInput);
    }

    /** The effective input passed through Parameters (JSONata: Arguments), if the state has them. */
    JsonNode parameters(JsonNode effectiveInput) {
        JsonNode template = flow().parameters();
        if (template == null) {
            return effectiveInput;
        }
        return flow().jsonata() ? values.fill("Arguments", template, values.states(null, null))
                : PayloadTemplate.fill(template, effectiveInput, context(), values.variables()::lookup);
    }

    /** The context object as this state sees it. */
    ObjectNode context() {
        return ContextObject.withState(run().context(), state.name(), entered, recovery.retryCount());
    }

    /** The state's work produced {@code result}: then ResultSelector, ResultPath, OutputPath, or Output; Assign. */
    void complete(JsonNode result) {
        if (flow().jsonata()) {
            ObjectNode states = values.states(result, null);
            JsonNode output = flow().output() == null ? result : values.fill("Output", flow().output(), states);
            leave(output, values.assigned(flow().assign(), states), StateBehaviours.transition(state));
            return;
        }
        JsonNode selected = flow().resultSelector() == null ? result
                : PayloadTemplate.fill(flow().resultSelector(), result, context(), values.variables()::lookup);
        Map<String, JsonNode> assigned = values.assignedFrom(flow().assign(), selected);
        JsonNode merged = InputOutput.merge(flow().resultPath(), rawInput, selected);
        leave(InputOutput.select(flow().outputPath(), "OutputPath", merged), assigned,
                StateBehaviours.transition(state));
    }

    /** A Choice state goes to {@code next} because {@code branch} matched (null: by Default). */
    void choose(ChoiceBranch matched, String next, JsonNode input) {
        Map<String, JsonNode> assigned = new LinkedHashMap<>();
        JsonNode output;
        if (flow().jsonata()) {
            ObjectNode states = values.states(null, null);
            JsonNode template = matched != null && matched.output() != null ? matched.output() : flow().output();
            output = template == null ? rawInput : values.fill("Output", template, states);
            assigned.putAll(values.assigned(flow().assign(), states));
            assigned.putAll(values.assigned(matched == null ? null : matched.assign(), states));
        } else {
            assigned.putAll(values.assignedFrom(flow().assign(), input));
            assigned.putAll(values.assignedFrom(matched == null ? null : matched.assign(), input));
            output = InputOutput.select(flow().outputPath(), "OutputPath", input);
        }
        leave(output, assigned, new Transition(next));
    }

    /** A catcher matched: its Output (JSONata) or ResultPath (JSONPath) decides the output; then its Assign. */
    void caught(Catcher catcher, ObjectNode errorOutput) {
        Transition next = new Transition(catcher.next());
        if (flow().jsonata()) {
            ObjectNode states = values.states(null, errorOutput);
            JsonNode output = catcher.output() == null ? errorOutput
                    : values.fill("Output", catcher.output(), states);
            leave(output, values.assigned(catcher.assign(), states), next);
            return;
        }
        Map<String, JsonNode> assigned = values.assignedFrom(catcher.assign(), errorOutput);
        leave(InputOutput.merge(catcher.resultPath(), rawInput, errorOutput), assigned, next);
    }

    /** Leaves the state with {@code output} for {@code transition}. */
    void exit(JsonNode output, Transition transition) {
        leave(output, Map.of(), transition);
    }

    /** Sets the {@code assigned} variables and leaves the state with {@code output} for {@code transition}. */
    void leave(JsonNode output, Map<String, JsonNode> assigned, Transition transition) {
        values.variables().assign(assigned);
        run().record(StateEvents.exited(state), Details.state(state.name(), "output", output).variables(assigned));
        branch.go(transition, output);
    }

    void fail(StatesFailure failure) {
        if (ErrorNames.QUERY_EVALUATION_ERROR.equals(failure.error())) {
            run().record(HistoryEventType.EvaluationFailed, Details.failure(failure.error(), failure.cause())
                    .text("state", state.name()));
        }
        recovery.handle(failure);
    }

    private DataFlow flow() {
        return state.flow();
    }
}
