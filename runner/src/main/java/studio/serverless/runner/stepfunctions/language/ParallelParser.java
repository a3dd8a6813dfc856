package studio.serverless.runner.stepfunctions.language;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads a Parallel state's Branches, each a state machine of its own. */
final class ParallelParser {

    static final Set<String> BRANCH_FIELDS = Set.of("StartAt", "States", "Comment", "QueryLanguage");

    private ParallelParser() {
    }

    static ParallelState parallel(String name, Fields fields, DataFlow flow, Transition transition,
                                  QueryLanguage machineLanguage) {
        ArrayNode array = fields.array("Branches", true);
        List<StateMachine> branches = new ArrayList<>();
        if (array != null && array.isEmpty()) {
            fields.report("Branches", "must hold at least one branch");
        }
        for (int i = 0; array != null && i < array.size(); i++) {
            String field = "Branches[" + i + "]";
            if (!array.get(i).isObject()) {
                fields.report(field, "must be a state machine object with StartAt and States, not " + array.get(i));
                continue;
            }
            Fields branch = new Fields((ObjectNode) array.get(i), fields.location() + "." + field,
                    fields.owner() + ", " + field, fields.problems());
            branches.add(MachineParser.machine(branch, BRANCH_FIELDS, "a Parallel branch", machineLanguage));
        }
        return new ParallelState(name, flow, transition, ErrorHandlingParser.parse(fields, flow.language()),
                List.copyOf(branches));
    }
}
