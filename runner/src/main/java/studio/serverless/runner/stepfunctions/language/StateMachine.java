package studio.serverless.runner.stepfunctions.language;

import java.util.Map;

/**
 * A state machine: a whole definition, a Parallel branch or a Map's item processor. {@code states} keeps the
 * definition's order; {@code timeoutSeconds} is null when unset.
 */
public record StateMachine(String comment, String startAt, Map<String, State> states, Integer timeoutSeconds,
                           QueryLanguage queryLanguage) {

    /** The state named {@code name}; the parser has made sure every transition names one. */
    public State state(String name) {
        State state = states.get(name);
        if (state == null) {
            throw new IllegalArgumentException("no state named '" + name + "' in this state machine");
        }
        return state;
    }
}
