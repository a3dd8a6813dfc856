package studio.serverless.runner.stepfunctions.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Reads a state machine (a definition, a Parallel branch or a Map's processor) and checks its transitions. */
final class MachineParser {

    private static final int MAX_NAME_LENGTH = 80;

    private MachineParser() {
    }

    /** A machine whose states use {@code inherited} unless it or they say otherwise. */
    static StateMachine machine(Fields fields, Set<String> allowed, String what, QueryLanguage inherited) {
        fields.onlyAllowed(allowed, what);
        QueryLanguage language = QueryLanguage.of(fields, inherited);
        String startAt = fields.text("StartAt", true);
        ObjectNode statesNode = fields.object("States", true);
        Map<String, State> states = new LinkedHashMap<>();
        if (statesNode != null && statesNode.isEmpty()) {
            fields.report("States", "must hold at least one state");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = statesNode == null ? null : statesNode.fields();
             it != null && it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            State state = state(fields, entry.getKey(), entry.getValue(), language);
            if (state != null) {
                states.put(entry.getKey(), state);
            }
        }
        if (startAt != null && statesNode != null && !statesNode.has(startAt)) {
            fields.report("StartAt", "names '" + startAt + "', which is not one of its states "
                    + names(statesNode));
        }
        Integer timeout = fields.integer("TimeoutSeconds", 1);
        StateMachine machine = new StateMachine(fields.text("Comment", false), startAt,
                Collections.unmodifiableMap(states), timeout, language);
        TransitionChecks.check(fields, machine, statesNode);
        return machine;
    }

    private static State state(Fields machine, String name, JsonNode node, QueryLanguage language) {
        String location = machine.location().isEmpty() ? "States." + name : machine.location() + ".States." + name;
        String owner = "State '" + name + "'";
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            machine.problems().add(new DefinitionProblem(location,
                    owner + ": a state name has 1 to " + MAX_NAME_LENGTH + " characters"));
        }
        if (!node.isObject()) {
            machine.problems().add(new DefinitionProblem(location, owner + ": must be a JSON object, not " + node));
            return null;
        }
        return StateParser.parse(name, new Fields((ObjectNode) node, location, owner, machine.problems()), language);
    }

    static String names(ObjectNode states) {
        StringBuilder names = new StringBuilder("(");
        states.fieldNames().forEachRemaining(name -> names.append(names.length() > 1 ? ", " : "").append(name));
        return names.append(")").toString();
    }
}
