package studio.serverless.runner.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import studio.serverless.runner.stepfunctions.error.StatesFailure;
import studio.serverless.runner.stepfunctions.language.State;
import studio.serverless.runner.stepfunctions.language.StateMachine;
import studio.serverless.runner.stepfunctions.language.Transition;
import studio.serverless.runner.stepfunctions.processing.VariableScope;

/**
 * One run through a state machine: the whole execution, a Parallel branch or a Map iteration. It enters states
 * one step at a time and tells its listener how it ended; stopping it stops its nested runs too.
 */
final class BranchRun {

    private final ExecutionRun run;
    private final StateMachine machine;
    private final BranchListener listener;
    private final List<BranchRun> children = new ArrayList<>();
    private final VariableScope variables;
    private boolean stopped;

    BranchRun(ExecutionRun run, StateMachine machine, BranchListener listener) {
        this(run, machine, listener, VariableScope.root());
    }

    private BranchRun(ExecutionRun run, StateMachine machine, BranchListener listener, VariableScope variables) {
        this.run = run;
        this.machine = machine;
        this.listener = listener;
        this.variables = variables;
    }

    /** The workflow variables this run sees and assigns. */
    VariableScope variables() {
        return variables;
    }

    ExecutionRun run() {
        return run;
    }

    boolean stopped() {
        return stopped;
    }

    void start(JsonNode input) {
        enter(machine.startAt(), input);
    }

    /** A nested run (a branch or iteration) that stops when this one does and reads its variables. */
    BranchRun child(StateMachine nested, BranchListener nestedListener) {
        BranchRun child = new BranchRun(run, nested, nestedListener, variables.nested());
        children.add(child);
        return child;
    }

    void stop() {
        stopped = true;
        children.forEach(BranchRun::stop);
    }

    /** Goes on after a state: to the next state in a later step, or to the listener at the end. */
    void go(Transition transition, JsonNode output) {
        if (stopped) {
            return;
        }
        if (transition.end()) {
            listener.succeeded(output);
        } else {
            run.post(() -> enter(transition.next(), output));
        }
    }

    void fail(StatesFailure failure) {
        if (!stopped) {
            listener.failed(failure);
        }
    }

    private void enter(String name, JsonNode input) {
        if (stopped) {
            return;
        }
        State state = machine.state(name);
        run.record(StateEvents.entered(state), Details.state(name, "input", input));
        new StateEntry(this, state, input, run.now()).attempt();
    }
}
