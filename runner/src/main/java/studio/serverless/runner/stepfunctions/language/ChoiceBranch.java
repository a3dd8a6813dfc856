package studio.serverless.runner.stepfunctions.language;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entry of Choices: a rule, the state it leads to, and the variables it assigns and (JSONata) the output it
 * gives when it matches (each null when unset).
 */
public record ChoiceBranch(ChoiceRule rule, String next, JsonNode assign, JsonNode output) {

    /** A rule without Assign or Output. */
    public ChoiceBranch(ChoiceRule rule, String next) {
        this(rule, next, null, null);
    }
}
