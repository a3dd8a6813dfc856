package studio.serverless.runner.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import studio.serverless.runner.stepfunctions.language.PassState;

/** Pass: the result is the Result field, or else the input after InputPath and Parameters. */
final class PassBehaviour implements StateBehaviour {

    @Override
    public void attempt(StateEntry entry) {
        PassState pass = (PassState) entry.state();
        JsonNode parameters = entry.parameters(entry.effectiveInput());
        entry.complete(pass.result() != null ? pass.result() : parameters);
    }
}
