package studio.serverless.runner.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** How an evaluation failure names its field, e.g. {@code ... for the field 'Arguments/Input/id' ...}. */
    private static final Pattern EVALUATED_FIELD = Pattern.compile("specified for the field '([^']*)'");

    private final BranchRun branch;
    private final State state;
    private final JsonNode rawInput;
    private final Instant entered;
    private final ErrorRecovery recovery;
    private String taskToken;
    private final StateValues values = new StateValues(this);
    private final OutputProcessing processing = new OutputProcessing(this, values);

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
        return flow().jsonata() ? rawInput
                : InputOutput.select(flow().inputPath(), "InputPath", rawInput, values.variables()::lookup);
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
        ObjectNode context = ContextObject.withState(run().context(), state.name(), entered, recovery.retryCount());
        return taskToken == null ? context : ContextObject.withTaskToken(context, taskToken);
    }

    /** The task token the current attempt shows as {@code $$.Task.Token} (null when it has none). */
    void useTaskToken(String token) {
        this.taskToken = token;
    }

    /** The state's work produced {@code result}: its output and assignments follow, then its transition. */
    void complete(JsonNode result) {
        leave(processing.afterResult(result), StateBehaviours.transition(state));
    }

    /** A Choice state goes to {@code next} because {@code matched} matched (null: by Default). */
    void choose(ChoiceBranch matched, String next, JsonNode input) {
        leave(processing.afterChoice(matched, input), new Transition(next));
    }

    /** {@code catcher} caught the error whose output is {@code errorOutput}. */
    void caught(Catcher catcher, ObjectNode errorOutput) {
        leave(processing.afterCatch(catcher, errorOutput), new Transition(catcher.next()));
    }

    /** Leaves the state with {@code output} for {@code transition}. */
    void exit(JsonNode output, Transition transition) {
        leave(new Departure(output, Map.of()), transition);
    }

    /** Sets the variables the state assigns and leaves it with its output for {@code transition}. */
    private void leave(Departure departure, Transition transition) {
        values.variables().assign(departure.assigned());
        run().record(StateEvents.exited(state), Details.state(state.name(), "output", departure.output())
                .variables(departure.assigned()));
        branch.go(transition, departure.output());
    }

    void fail(StatesFailure failure) {
        if (ErrorNames.QUERY_EVALUATION_ERROR.equals(failure.error())) {
            Matcher field = EVALUATED_FIELD.matcher(String.valueOf(failure.cause()));
            run().record(HistoryEventType.EvaluationFailed, Details.failure(failure.error(), failure.cause())
                    .text("location", field.find() ? field.group(1) : null).text("state", state.name()));
        }
        recovery.handle(failure);
    }

    private DataFlow flow() {
        return state.flow();
    }
}
