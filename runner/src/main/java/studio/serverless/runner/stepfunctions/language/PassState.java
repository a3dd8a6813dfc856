package studio.serverless.runner.stepfunctions.language;

import com.fasterxml.jackson.databind.JsonNode;

/** A Pass state: passes its input, or its {@code Result} (null when unset), to its output. */
public record PassState(String name, DataFlow flow, Transition transition, JsonNode result) implements State {
    @Override
    public String type() {
        return "Pass";
    }
}
