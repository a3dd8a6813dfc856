package studio.serverless.runner.stepfunctions.language;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The semantic checks of one machine's graph: every Next, Default and Catch names a state of the same machine
 * (a branch cannot leave its branch), and every state is reachable from StartAt.
 */
final class TransitionChecks {

    private TransitionChecks() {
    }

    static void check(Fields machine, StateMachine parsed, ObjectNode statesNode) {
        if (statesNode == null) {
            return;
        }
        for (State state : parsed.states().values()) {
            String location = machine.location().isEmpty() ? "States." + state.name()
                    : machine.location() + ".States." + state.name();
            for (Target target : targets(state)) {
                if (target.state() != null && !statesNode.has(target.state())) {
                    machine.problems().add(new DefinitionProblem(location + "." + target.field(),
                            "State '" + state.name() + "', field '" + target.field() + "': names '" + target.state()
                                    + "', which is not a state of this state machine " + MachineParser.names(statesNode)));
                }
            }
        }
        if (parsed.startAt() != null && statesNode.has(parsed.startAt())) {
            unreachable(machine, parsed);
        }
    }

    private static void unreachable(Fields machine, StateMachine parsed) {
        Set<String> reached = new HashSet<>();
        Deque<String> work = new ArrayDeque<>(List.of(parsed.startAt()));
        while (!work.isEmpty()) {
            String name = work.pop();
            State state = parsed.states().get(name);
            if (reached.add(name) && state != null) {
                targets(state).stream().map(Target::state).filter(next -> next != null).forEach(work::push);
            }
        }
        for (String name : parsed.states().keySet()) {
            if (!reached.contains(name)) {
                String location = machine.location().isEmpty() ? "States." + name
                        : machine.location() + ".States." + name;
                machine.problems().add(new DefinitionProblem(location, "State '" + name
                        + "': is never reached: it is not StartAt and no Next, Default or Catch leads to it"));
            }
        }
    }

    private record Target(String field, String state) {
    }

    private static List<Target> targets(State state) {
        List<Target> targets = new ArrayList<>();
        if (state instanceof PassState pass) {
            targets.add(new Target("Next", pass.transition().next()));
        } else if (state instanceof WaitState wait) {
            targets.add(new Target("Next", wait.transition().next()));
        } else if (state instanceof TaskState task) {
            addWithCatch(targets, task.transition(), task.errorHandling());
        } else if (state instanceof ParallelState parallel) {
            addWithCatch(targets, parallel.transition(), parallel.errorHandling());
        } else if (state instanceof MapState map) {
            addWithCatch(targets, map.transition(), map.errorHandling());
        } else if (state instanceof ChoiceState choice) {
            for (int i = 0; i < choice.choices().size(); i++) {
                targets.add(new Target("Choices[" + i + "].Next", choice.choices().get(i).next()));
            }
            targets.add(new Target("Default", choice.defaultState()));
        }
        return targets;
    }

    private static void addWithCatch(List<Target> targets, Transition transition, ErrorHandling handling) {
        targets.add(new Target("Next", transition.next()));
        for (int i = 0; i < handling.catchers().size(); i++) {
            targets.add(new Target("Catch[" + i + "].Next", handling.catchers().get(i).next()));
        }
    }
}
