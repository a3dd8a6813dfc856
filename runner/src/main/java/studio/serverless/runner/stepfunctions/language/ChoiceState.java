package studio.serverless.runner.stepfunctions.language;

import java.util.List;

/** A Choice state: the first rule that holds names the next state, else {@code defaultState} (null when unset). */
public record ChoiceState(String name, DataFlow flow, List<ChoiceBranch> choices, String defaultState)
        implements State {
    @Override
    public String type() {
        return "Choice";
    }
}
