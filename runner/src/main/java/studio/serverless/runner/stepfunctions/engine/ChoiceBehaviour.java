package studio.serverless.runner.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import studio.serverless.runner.stepfunctions.error.ErrorNames;
import studio.serverless.runner.stepfunctions.error.StatesFailure;
import studio.serverless.runner.stepfunctions.language.ChoiceBranch;
import studio.serverless.runner.stepfunctions.language.ChoiceState;

/** Choice: the first rule that holds picks the next state, else Default, else States.NoChoiceMatched. */
final class ChoiceBehaviour implements StateBehaviour {

    @Override
    public void attempt(StateEntry entry) {
        ChoiceState choice = (ChoiceState) entry.state();
        JsonNode input = entry.effectiveInput();
        String next = choice.defaultState();
        ChoiceBranch matched = null;
        for (ChoiceBranch branch : choice.choices()) {
            if (ChoiceEvaluator.holds(branch.rule(), input, entry)) {
                next = branch.next();
                matched = branch;
                break;
            }
        }
        if (next == null) {
            throw new StatesFailure(ErrorNames.NO_CHOICE_MATCHED, "No Choice Rules matched the input of the state '"
                    + choice.name() + "', and it has no Default: " + input);
        }
        entry.choose(matched, next, input);
    }
}
